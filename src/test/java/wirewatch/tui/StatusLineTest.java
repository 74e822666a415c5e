package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import wirewatch.app.EngineStatus;
import wirewatch.store.ArchiveCounts;

class StatusLineTest {
    private static final Instant NOW = Instant.parse("2025-03-13T14:00:00Z");

    private static String line(Instant last, Instant next) {
        EngineStatus status = new EngineStatus(5, 0, last, next, 0, 0, true, null);
        return StatusLine.runs(status, new ArchiveCounts(0, 0, 0, 0), true, NOW, ZoneOffset.UTC, null).stream()
                .map(Run::text).collect(Collectors.joining());
    }

    @Test
    void timesAreSaidAsPeopleSayThem() {
        String text = line(NOW.minusSeconds(3 * 3600), NOW.plusSeconds(18 * 60));
        assertTrue(text.contains("last 11:00:00 (3 h ago) · next in 18 min"), text);
    }

    @Test
    void aPollThatIsDueShowsNoCountdown() {
        String text = line(NOW.minusSeconds(60), NOW.minusSeconds(1));
        assertFalse(text.contains("next in"), text);
        assertFalse(line(NOW.minusSeconds(60), NOW).contains("next in"));
    }
}
