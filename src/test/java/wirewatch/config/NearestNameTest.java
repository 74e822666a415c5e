package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> WATCH_KEYS = List.of("name", "query", "all", "any", "none", "near", "feeds");

    @Test
    void swappedLettersCountAsOneEdit() {
        assertEquals(Optional.of("query"), NearestName.to("qurey", WATCH_KEYS));
    }

    @Test
    void caseIsIgnored() {
        assertEquals(Optional.of("feeds"), NearestName.to("Feeds", WATCH_KEYS));
    }

    @Test
    void unrelatedWordSuggestsNothing() {
        assertEquals(Optional.empty(), NearestName.to("colour", WATCH_KEYS));
    }

    @Test
    void closestCandidateWins() {
        assertEquals(Optional.of("none"), NearestName.to("nonee", WATCH_KEYS));
    }
}
