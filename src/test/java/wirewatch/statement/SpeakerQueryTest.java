package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerQueryTest {
    private static final Map<String, List<String>> PEOPLE = Map.of("Vladimir Putin",
            List.of("the Russian president"));
    private static final Map<String, String> LEARNED = Map.of("peskov", "Dmitry Peskov",
            "kremlin spokesman", "Dmitry Peskov");

    private static SpeakerQuery query(String name) {
        return SpeakerQuery.of(name, PEOPLE, LEARNED);
    }

    @Test
    void surnameMatchesTheFullName() {
        assertTrue(query("Putin").matches("Vladimir Putin"));
    }

    @Test
    void surnameMustBeAWholeWord() {
        assertFalse(query("tin").matches("Vladimir Putin"));
        assertFalse(query("Vladimir").matches("Vladimir Putin"));
    }

    @Test
    void pinnedAliasMatchesItsCanonicalName() {
        assertTrue(query("The Russian President").matches("Vladimir Putin"));
    }

    @Test
    void learnedAliasMatchesItsCanonicalName() {
        assertTrue(query("the Kremlin spokesman").matches("Dmitry Peskov"));
    }

    @Test
    void fullNameFindsASpeakerStoredUnderAnAlias() {
        assertTrue(query("Dmitry Peskov").matches("Peskov"));
    }

    @Test
    void accentsCaseAndSpacesAreIgnored() {
        assertTrue(query("jose  manuel ALBARES").matches("José Manuel Albares"));
        assertTrue(query("Zelenskyy").matches("Volodymyr Zelenskyy"));
        assertTrue(query("O\u2019Brien").matches("Kevin O'Brien"));
    }

    @Test
    void absentSpeakerNeverMatches() {
        assertFalse(query("Putin").matches(null));
    }

    @Test
    void anotherPersonDoesNotMatch() {
        assertFalse(query("Putin").matches("Dmitry Peskov"));
        assertFalse(query("Dmitry Peskov").matches("Vladimir Putin"));
    }
}
