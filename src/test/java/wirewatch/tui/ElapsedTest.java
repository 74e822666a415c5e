package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ElapsedTest {
    @Test
    void spansTakeTheLargestUnitThatFits() {
        assertEquals("0 s", Elapsed.of(Duration.ofMillis(300)));
        assertEquals("59 s", Elapsed.of(Duration.ofSeconds(59)));
        assertEquals("1 min", Elapsed.of(Duration.ofSeconds(60)));
        assertEquals("18 min", Elapsed.of(Duration.ofMinutes(18).plusSeconds(40)));
        assertEquals("3 h", Elapsed.of(Duration.ofHours(3).plusMinutes(59)));
        assertEquals("47 h", Elapsed.of(Duration.ofHours(47)));
        assertEquals("2 d", Elapsed.of(Duration.ofHours(48)));
    }

    @Test
    void aSpanInThePastCountsAsNone() {
        assertEquals("0 s", Elapsed.of(Duration.ofSeconds(-5)));
    }

    @Test
    void aTimeLessThanASecondAheadIsDueNotInZeroSeconds() {
        Instant now = Instant.parse("2026-06-02T09:00:00Z");
        assertTrue(Elapsed.isDue(now, now.plusMillis(999)));
        assertTrue(Elapsed.isDue(now, now.minusSeconds(30)));
        assertFalse(Elapsed.isDue(now, now.plusSeconds(1)));
    }
}
