package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void pinnedEntryWinsOverLearnedOne() {
        Aliases aliases = Aliases.pinned(Map.of("Elena Varga", List.of("Varga", "the Marovian leader")))
                .learn(Map.of("varga", "Ana Varga"));
        assertEquals("Elena Varga", aliases.canonical("Varga").orElseThrow());
    }

    @Test
    void firstLearnedNameStays() {
        Aliases aliases = Aliases.none().learn(Map.of("hollander", "Tomas Hollander"))
                .learn(Map.of("hollander", "Jan Hollander"));
        assertEquals("Tomas Hollander", aliases.canonical("Hollander").orElseThrow());
    }

    @Test
    void lookupIgnoresCaseArticleBracketsAndApostropheStyle() {
        Aliases aliases = Aliases.pinned(Map.of("Elena Varga", List.of("Marovia's president")));
        assertEquals("Elena Varga", aliases.canonical("the Marovia’s President").orElseThrow());
        assertEquals("Elena Varga", aliases.canonical("[Elena] Varga".replace("[Elena] ", "Elena ")).orElseThrow());
    }

    @Test
    void canonicalNameIsAnAliasOfItself() {
        Aliases aliases = Aliases.pinned(Map.of("Elena Varga", List.of()));
        assertEquals("Elena Varga", aliases.canonical("elena varga").orElseThrow());
    }

    @Test
    void learnedEntriesSurviveExportAndImport() {
        Aliases learned = Aliases.none().learn(Map.of("hollander", "Tomas Hollander", "defence minister",
                "Tomas Hollander"));
        Aliases restored = Aliases.none().withLearned(learned.learned());
        assertEquals("Tomas Hollander", restored.canonical("the defence minister").orElseThrow());
        assertEquals(learned.learned(), restored.learned());
    }

    @Test
    void unknownAliasIsAbsent() {
        assertTrue(Aliases.none().canonical("Varga").isEmpty());
    }
}
