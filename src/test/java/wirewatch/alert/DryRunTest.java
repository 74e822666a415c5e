package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewatch.config.AlertSpec;
import wirewatch.config.Location;

class DryRunTest {
    private static final AlertSpec NOTIFY = new AlertSpec("desktop", "ceasefire-kremlin", Set.of("statement", "match"),
            List.of("notify-send", "wirewatch"), null, Duration.ofSeconds(10), 5,
            new Location("feeds.yml", 31, 5));
    private static final AlertSpec ARCHIVE = new AlertSpec("*#1", "*", Set.of("feed_error"), List.of(),
            "cat >> \"$HOME/wirewatch-errors.jsonl\"", Duration.ofSeconds(30), 2, Location.NONE);

    @Test
    void headingNamesTheAlertWhereItIsConfigured() {
        assertEquals("feeds.yml:31:5: hook desktop for watch ceasefire-kremlin on match,statement "
                        + "(timeout 10s, retries 5)",
                DryRun.render(List.of(NOTIFY)).get(0));
    }

    @Test
    void eachSubscribedTypeShowsArgvEnvironmentAndJson() {
        List<String> lines = DryRun.render(List.of(NOTIFY));

        assertEquals(List.of(
                "  on a match event (sample):",
                "    argv:  [\"notify-send\",\"wirewatch\"]"), lines.subList(1, 3));
        assertTrue(lines.contains("    env:   WIREWATCH_TITLE=Kremlin says it will study US ceasefire proposal"));
        assertTrue(lines.contains("    env:   WIREWATCH_WATCH=ceasefire-kremlin"));
        assertTrue(lines.contains("    env:   WIREWATCH_SPEAKER=Dmitry Peskov"));
        assertTrue(lines.stream()
                .anyMatch(l -> l.startsWith("    stdin: {\"id\":") && l.contains("\"type\":\"match\"")));
        assertTrue(lines.contains("  on a statement event (sample):"));
    }

    @Test
    void typesTheAlertDoesNotListenToAreNotShown() {
        List<String> lines = DryRun.render(List.of(NOTIFY));

        assertFalse(lines.contains("  on a revision event (sample):"));
        assertFalse(lines.contains("  on a feed_error event (sample):"));
    }

    @Test
    void shellAlertShowsTheShCommandItRuns() {
        List<String> lines = DryRun.render(List.of(ARCHIVE));

        assertTrue(lines.contains("    argv:  [\"sh\",\"-c\",\"cat >> \\\"$HOME/wirewatch-errors.jsonl\\\"\","
                + "\"wirewatch-hook\"]"), String.join("\n", lines));
        assertTrue(lines.contains("    env:   WIREWATCH_EVENT=feed_error"));
    }

    @Test
    void noAlertsSaysSo() {
        assertEquals(List.of("no alerts configured"), DryRun.render(List.of()));
    }

    @Test
    void sameAlertsRenderTheSameLines() {
        assertEquals(DryRun.render(List.of(NOTIFY, ARCHIVE)), DryRun.render(List.of(NOTIFY, ARCHIVE)));
    }
}
