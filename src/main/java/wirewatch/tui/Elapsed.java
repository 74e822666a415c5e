package wirewatch.tui;

import java.time.Duration;
import java.time.Instant;

/** Spans for people, in the largest unit that fits: "12 s", "18 min", "3 h", "2 d". */
final class Elapsed {
    private Elapsed() {
    }

    static String of(Duration span) {
        long seconds = Math.max(0, span.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 48 * 3600) {
            return seconds / 3600 + " h";
        }
        return seconds / 86400 + " d";
    }

    /** Whether a time is due: less than a whole second ahead, which {@link #of} would show as "0 s". */
    static boolean isDue(Instant now, Instant at) {
        return Duration.between(now, at).compareTo(Duration.ofSeconds(1)) < 0;
    }
}
