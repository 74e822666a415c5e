package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void secondsMinutesHoursAndDaysAreRead() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofDays(7), Durations.parse("7d"));
    }

    @Test
    void combinedUnitsAddUp() {
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4), Durations.parse("1d2h3m4s"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(Duration.ofMinutes(5), Durations.parse(" 5m "));
    }

    @Test
    void bareNumberIsRefusedWithTheUnitsToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("5"));
        assertEquals("duration '5' has no unit after 5; write a number with a unit s, m, h or d, "
                + "e.g. 90s, 5m or 1h30m", e.getMessage());
    }

    @Test
    void unknownUnitIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("2w"));
        assertTrue(e.getMessage().contains("unknown unit 'w'"), e.getMessage());
    }

    @Test
    void spelledOutUnitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Durations.parse("5 minutes"));
        assertTrue(e.getMessage().startsWith("duration '5 minutes' has an unknown unit ' '"), e.getMessage());
    }

    @Test
    void emptyTextIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("  "));
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void unitsOutOfOrderAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("30m1h"));
        assertTrue(e.getMessage().contains("larger unit after a smaller one"), e.getMessage());
    }

    @Test
    void repeatedUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1m1m"));
    }

    @Test
    void missingNumberIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("m"));
        assertTrue(e.getMessage().contains("where a number should be"), e.getMessage());
    }

    @Test
    void hugeNumberIsRefusedNotWrapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Durations.parse("99999999999999999999d"));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }

    @Test
    void formatWritesLargestUnitFirst() {
        assertEquals("2m", Durations.format(Duration.ofMinutes(2)));
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("7d", Durations.format(Duration.ofDays(7)));
    }

    @Test
    void formatWritesZeroAsZeroSeconds() {
        assertEquals("0s", Durations.format(Duration.ZERO));
    }

    @Test
    void formatDropsFractionsOfASecond() {
        assertEquals("1s", Durations.format(Duration.ofMillis(1500)));
    }

    @Test
    void formatMarksNegativeDurations() {
        assertEquals("-1m", Durations.format(Duration.ofMinutes(-1)));
    }

    @Test
    void formattedDurationParsesBack() {
        Duration d = Duration.ofDays(2).plusHours(5).plusSeconds(7);
        assertEquals(d, Durations.parse(Durations.format(d)));
    }
}
