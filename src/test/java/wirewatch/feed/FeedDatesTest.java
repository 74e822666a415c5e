package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Feed dates in the shapes feeds write them; the hand-read RFC 1123 shape reads as the formatter does. */
class FeedDatesTest {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss",
            Locale.US);

    @Test
    void readsTheCommonShapes() {
        Instant expected = Instant.parse("2025-03-14T21:06:40Z");
        for (String text : List.of("Fri, 14 Mar 2025 21:06:40 GMT", "Fri, 14 Mar 2025 21:06:40 +0000",
                "Fri, 14 Mar 2025 22:06:40 +0100", "14 Mar 2025 21:06:40 GMT", "Fri, 14 Mar 25 21:06:40 GMT",
                "Fri, 14 MAR 2025 16:06:40 EST", "2025-03-14T21:06:40Z", "2025-03-14 22:06:40+01:00",
                "Fri, 14 Mar 2025 21:06:40 Z", "Fri, 14 Mar 2025 21:06:40 UT")) {
            assertEquals(expected, FeedDates.parse(text), text);
        }
    }

    @Test
    void handReadDatesAreWhatTheFormatterReads() {
        Random random = new Random(3);
        List<String> zones = List.of("GMT", "UT", "UTC", "Z", "+0000", "-0500", "+0530", "+1400", "-1200", "+1800",
                "EST", "CEST", "+2400", "+01:00", "gmt");
        for (int i = 0; i < 20_000; i++) {
            Instant when = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 7_000_000_000L));
            String text = RFC_1123.format(when.atOffset(ZoneOffset.UTC)) + " "
                    + zones.get(random.nextInt(zones.size()));
            if (random.nextInt(10) == 0) {
                text = text.replace(text.substring(0, 3), List.of("Mon", "Tue", "xyz").get(random.nextInt(3)));
            }
            if (random.nextInt(10) == 0) {
                text = text.replaceFirst(" \\d\\d ", " " + (random.nextInt(40)) + " ");
            }
            if (random.nextInt(20) == 0) {
                text = text.toUpperCase(Locale.ROOT);
            }
            Instant hand = FeedDates.rfc1123(text);
            if (hand != null) {
                assertEquals(FeedDates.formatted(text.substring(0, text.lastIndexOf(' ') + 1)
                        + zoneAsFormatterSees(text.substring(text.lastIndexOf(' ') + 1))), hand, text);
            }
        }
    }

    /** The formatter's own path maps zone names to offsets first, as {@code FeedDates} does. */
    private static String zoneAsFormatterSees(String zone) {
        return List.of("GMT", "UT", "UTC", "Z").contains(zone) ? "+0000" : zone;
    }

    @Test
    void aWeekdayThatDoesNotFitOrADayPastTheMonthIsLeftToTheFormatter() {
        assertNull(FeedDates.rfc1123("Mon, 14 Mar 2025 21:06:40 GMT"));
        assertNull(FeedDates.rfc1123("Sun, 30 Feb 2025 21:06:40 GMT"));
        assertNull(FeedDates.rfc1123("Fri, 14 Anf 2025 21:06:40 GMT"));
        assertNotNull(FeedDates.parse("Mon, 14 Mar 2025 21:06:40 GMT"), "the lenient reader still reads it");
    }
}
