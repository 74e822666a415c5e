package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import wirewatch.config.Durations;

/**
 * How one hook run ended: its exit code, or that it outlived its timeout and was killed, or that it could not be
 * run at all ({@code error}: not started, output unreadable); with the tail of what it wrote and how long it took.
 * A run succeeded exactly when the hook exited 0 by itself.
 */
record HookOutcome(int exitCode, boolean timedOut, @Nullable String error, String output, long outputBytes,
                   Duration took) {
    /** How much of the output tail goes into the one-line error kept in the outbox. */
    static final int ERROR_OUTPUT_CHARS = 1024;
    private static final int NO_EXIT = -1;

    HookOutcome {
        requireNonNull(output, "output");
        requireNonNull(took, "took");
    }

    static HookOutcome exited(int exitCode, OutputTail tail, Duration took) {
        return new HookOutcome(exitCode, false, null, tail.text(), tail.totalBytes(), took);
    }

    static HookOutcome killedAfterTimeout(OutputTail tail, Duration took) {
        return new HookOutcome(NO_EXIT, true, null, tail.text(), tail.totalBytes(), took);
    }

    static HookOutcome notStarted(String why, Duration took) {
        return new HookOutcome(NO_EXIT, false, "cannot start: " + why, "", 0, took);
    }

    static HookOutcome broken(String why, OutputTail tail, Duration took) {
        return new HookOutcome(NO_EXIT, false, why, tail.text(), tail.totalBytes(), took);
    }

    boolean isSuccess() {
        return !timedOut && error == null && exitCode == 0;
    }

    /**
     * One line for the outbox, the log and {@code wirewatch check}: what went wrong and the end of the output,
     * e.g. {@code exit 3: curl: (7) Failed to connect}.
     */
    String describe(Duration timeout) {
        String what;
        if (error != null) {
            what = error;
        } else if (timedOut) {
            what = "timed out after " + Durations.format(timeout) + ", killed";
        } else {
            what = "exit " + exitCode;
        }
        String last = lastOutput();
        return last.isEmpty() ? what : what + ": " + last;
    }

    /** The end of the output on one line, control characters removed; empty when the hook wrote nothing. */
    String lastOutput() {
        return SafeText.line(lastChars(output));
    }

    private static String lastChars(String text) {
        if (text.length() <= ERROR_OUTPUT_CHARS) {
            return text;
        }
        int from = text.length() - ERROR_OUTPUT_CHARS;
        if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return "…" + text.substring(from);
    }
}
