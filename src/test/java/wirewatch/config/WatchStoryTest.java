package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optional {@code story:} of a watch, which groups the watches a user follows together. */
class WatchStoryTest {
    private static final String FEEDS = "feeds:\n  - name: kyiv-wire\n    url: http://127.0.0.1:9/rss\nwatches:\n";

    private static Config parse(String watches) throws ConfigException {
        return ConfigLoader.parse(FEEDS + watches, Path.of("feeds.yml"));
    }

    @Test
    void watchesOfAStoryAreGroupedAndOthersHaveNone() throws Exception {
        Config config = parse("""
                  - name: truce
                    query: ceasefire
                    story: ketra-talks
                  - name: monitors
                    all: [monitors, Ketra]
                    story: ketra-talks
                  - name: harvest
                    query: grain
                """);
        assertEquals(List.of("ketra-talks"), config.stories());
        assertEquals(Set.of("truce", "monitors"), config.watchesIn("ketra-talks"));
        assertNull(config.watch("harvest").orElseThrow().story());
    }

    @Test
    void storyNameWithAnEscapeIsRefusedWhereItIsWritten() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(
                "  - name: truce\n    query: ceasefire\n    story: \"ketra\\e[2J\"\n"));
        assertEquals("feeds.yml:7:12: a story name cannot contain the invisible character U+001B (character 6 of "
                + "the name); use letters, digits and dashes", e.getMessage());
    }

    @Test
    void misspeltStoryKeyIsNamedWithTheFix() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(
                "  - name: truce\n    query: ceasefire\n    stroy: ketra\n"));
        assertTrue(e.getMessage().contains("did you mean 'story'?"), e.getMessage());
    }
}
