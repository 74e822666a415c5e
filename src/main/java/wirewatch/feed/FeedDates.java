package wirewatch.feed;

import com.rometools.rome.io.impl.DateParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.chrono.IsoChronology;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
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

    /**
     * RFC 822 and 1123 as feeds write them: weekday optional (with or without comma and space), two- or four-digit
     * year, seconds optional, offset with or without colon, or no offset at all (read as UTC).
     */
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .optionalStart().appendPattern("EEE").optionalStart().appendLiteral(',').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().optionalEnd()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
            .appendPattern(" HH:mm[:ss]")
            .optionalStart().appendLiteral(' ').parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .toFormatter(Locale.US)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.SMART);

    /**
     * ISO 8601 and W3C-DTF as feeds write them: date alone, or with a time (fraction optional, 'T' or a space
     * before it), and an offset with or without colon, after an optional space, or none (read as UTC).
     */
    private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd()
            .parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.US)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Month abbreviations, three letters each, in order. */
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

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
        return best(t, ISO_8601);
    }

    /**
     * RFC 1123 in the exact shape nearly every feed writes, {@code Fri, 14 Mar 2025 21:06:40 GMT} or {@code +0100},
     * read by hand: the formatter takes far longer. Anything else, or a date the formatter would resolve or reject
     * (a weekday that does not fit, 30 February), is left to it; what is read here is what it reads.
     */
    static @Nullable Instant rfc1123(String t) {
        if (t.length() < 27 || t.charAt(3) != ',' || t.charAt(4) != ' ' || t.charAt(7) != ' ' || t.charAt(11) != ' '
                || t.charAt(16) != ' ' || t.charAt(19) != ':' || t.charAt(22) != ':' || t.charAt(25) != ' ') {
            return null;
        }
        int day = number(t, 5, 7);
        int at = MONTHS.indexOf(t.substring(8, 11).toLowerCase(Locale.ROOT));
        int month = at >= 0 && at % 3 == 0 ? at / 3 + 1 : 0;
        int year = number(t, 12, 16);
        int hour = number(t, 17, 19);
        int minute = number(t, 20, 22);
        int second = number(t, 23, 25);
        int offset = offsetSeconds(t.substring(26));
        if (day < 1 || month < 1 || year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || offset == Integer.MIN_VALUE || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (!date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US).equalsIgnoreCase(t.substring(0, 3))) {
            return null;
        }
        return date.atTime(hour, minute, second).toInstant(ZoneOffset.ofTotalSeconds(offset));
    }

    /** The digits from start to end as a number; -1 when one is not a digit. */
    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** GMT, UT, UTC, Z or +hhmm/-hhmm in seconds; Integer.MIN_VALUE for anything else. */
    private static int offsetSeconds(String zone) {
        if (zone.equals("GMT") || zone.equals("UT") || zone.equals("UTC") || zone.equals("Z")) {
            return 0;
        }
        if (zone.length() != 5 || zone.charAt(0) != '+' && zone.charAt(0) != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = number(zone, 1, 3);
        int minutes = number(zone, 3, 5);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59 || hours == 18 && minutes > 0) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return zone.charAt(0) == '-' ? -seconds : seconds;
    }

    static @Nullable Instant rfc822(String text) {
        Instant fast = rfc1123(text);
        if (fast != null) {
            return fast;
        }
        String t = withoutComment(text);
        return formatted(t);
    }

    /** RFC 822 through the formatter. */
    static @Nullable Instant formatted(String t) {
        int lastSpace = t.lastIndexOf(' ');
        String zone = lastSpace < 0 ? null : ZONES.get(t.substring(lastSpace + 1).toUpperCase(Locale.ROOT));
        return best(zone == null ? t : t.substring(0, lastSpace + 1) + zone, RFC_822);
    }

    /** RFC 822 allows a comment after the zone, as in {@code +0000 (UTC)}. */
    private static String withoutComment(String text) {
        int open = text.lastIndexOf(" (");
        return open > 0 && text.endsWith(")") ? text.substring(0, open) : text;
    }

    private static @Nullable Instant best(String text, DateTimeFormatter formatter) {
        try {
            TemporalAccessor parsed = formatter.parseBest(text, OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            if (parsed instanceof OffsetDateTime) {
                return ((OffsetDateTime) parsed).toInstant();
            }
            if (parsed instanceof LocalDateTime) {
                return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException unparsable) {
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
