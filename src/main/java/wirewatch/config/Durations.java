package wirewatch.config;

import java.time.Duration;

/**
 * Reads and writes the durations of feeds.yml and the command line: a number and a unit, {@code s}, {@code m},
 * {@code h} or {@code d}, optionally several from the largest unit down: {@code 90s}, {@code 2m}, {@code 1h30m},
 * {@code 7d}. A bare number is refused, since {@code every: 5} could mean seconds or minutes.
 */
public final class Durations {
    private static final String UNITS = "dhms";
    private static final long[] SECONDS_PER_UNIT = {86_400, 3_600, 60, 1};
    private static final String FIX = "write a number with a unit s, m, h or d, e.g. 90s, 5m or 1h30m";

    private Durations() {
    }

    /**
     * The duration written as {@code text}, surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the text, what is wrong with it and the fix
     */
    public static Duration parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw bad(text, "is empty");
        }
        long seconds = 0;
        int lastUnit = -1;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw bad(text, "has '" + s.charAt(i) + "' where a number should be");
            }
            if (i == s.length()) {
                throw bad(text, "has no unit after " + s.substring(start));
            }
            int unit = UNITS.indexOf(s.charAt(i));
            if (unit < 0) {
                throw bad(text, "has an unknown unit '" + s.charAt(i) + "'");
            }
            if (unit <= lastUnit) {
                throw bad(text, "repeats a unit or puts a larger unit after a smaller one");
            }
            seconds = add(text, seconds, s.substring(start, i), SECONDS_PER_UNIT[unit]);
            lastUnit = unit;
            i++;
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * The duration as {@link #parse} reads it back, largest unit first: {@code 2m}, {@code 1h30m}, {@code 0s}.
     * Fractions of a second are dropped; a negative duration is written with a leading {@code -}.
     */
    public static String format(Duration duration) {
        long seconds = Math.abs(duration.getSeconds() + (duration.isNegative() && duration.getNano() > 0 ? 1 : 0));
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(duration.isNegative() ? "-" : "");
        for (int unit = 0; unit < UNITS.length(); unit++) {
            long count = seconds / SECONDS_PER_UNIT[unit];
            if (count > 0) {
                out.append(count).append(UNITS.charAt(unit));
                seconds -= count * SECONDS_PER_UNIT[unit];
            }
        }
        return out.toString();
    }

    private static long add(String text, long total, String digits, long unitSeconds) {
        try {
            return Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), unitSeconds));
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(text, "is too long");
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("duration '" + text + "' " + why + "; " + FIX);
    }
}
