package wirewatch.feed;

import com.rometools.rome.io.impl.DateParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the dates feeds carry into instants. The common shapes (RFC 822/1123 with numeric or named zones, ISO 8601
 * with or without offset, fraction or time) go through shared, immutable {@code java.time} formatters; anything else
 * falls back to Rome's lenient parser, which is slow because it builds a {@code SimpleDateFormat} per mask per call.
 * Thread-safe.
 */
final class FeedDates {
    /** RFC 822 zone names (section 5.1) and the ones feeds use in practice. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"));

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .optionalStart().appendPattern("EEE").optionalStart().appendLiteral(',').optionalEnd()
            .appendLiteral(' ').optionalEnd()
            .appendPattern("d MMM uuuu HH:mm[:ss] xx")
            .toFormatter(Locale.US)
            .withResolverStyle(ResolverStyle.SMART);

    /** Dates outside this range are typing errors or placeholders ("0000-00-00"), not publication times. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    private FeedDates() {
    }

    /** The instant the text names, or null when it names none. */
    static @Nullable Instant parse(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        Instant fast = looksIso(text) ? iso(text) : rfc822(text);
        return plausible(fast != null ? fast : lenient(text));
    }

    private static boolean looksIso(String text) {
        return text.length() >= 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-';
    }

    private static @Nullable Instant iso(String text) {
        String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t, OffsetDateTime::from,
                    LocalDateTime::from);
            if (parsed instanceof OffsetDateTime) {
                return ((OffsetDateTime) parsed).toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notDateTime) {
            return isoDate(t);
        }
    }

    private static @Nullable Instant isoDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Instant rfc822(String text) {
        int lastSpace = text.lastIndexOf(' ');
        if (lastSpace < 0) {
            return null;
        }
        String zone = ZONES.get(text.substring(lastSpace + 1).toUpperCase(Locale.ROOT));
        String t = zone == null ? text : text.substring(0, lastSpace + 1) + zone;
        try {
            return OffsetDateTime.parse(t, RFC_822).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable Instant lenient(String text) {
        try {
            Date date = DateParser.parseDate(text, Locale.US);
            return date == null ? null : date.toInstant();
        } catch (RuntimeException unparsable) {
            // Rome's masks throw on some inputs (e.g. huge numbers) instead of returning null.
            return null;
        }
    }

    private static @Nullable Instant plausible(@Nullable Instant instant) {
        if (instant == null) {
            return null;
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR ? instant : null;
    }
}
