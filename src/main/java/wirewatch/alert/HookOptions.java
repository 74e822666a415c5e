package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How hooks are run: at most {@code maxProcesses} at once (over all hooks), failed deliveries retried after
 * {@code firstRetry}, doubling up to {@code maxRetry}, {@code grace} between TERM and KILL for a hook past its
 * timeout, and {@code spool} the folder for the short-lived files that feed hooks their standard input.
 */
public record HookOptions(int maxProcesses, Duration firstRetry, Duration maxRetry, Duration grace, Path spool) {
    public static final int DEFAULT_MAX_PROCESSES = 4;
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(1);
    /** Long enough to spare a broken endpoint, short enough that a fixed one is noticed within minutes. */
    public static final Duration DEFAULT_MAX_RETRY = Duration.ofMinutes(5);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);

    public HookOptions {
        requireNonNull(firstRetry, "firstRetry");
        requireNonNull(maxRetry, "maxRetry");
        requireNonNull(grace, "grace");
        requireNonNull(spool, "spool");
        if (maxProcesses < 1) {
            throw new IllegalArgumentException("maxProcesses must be at least 1, was " + maxProcesses);
        }
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= first <= max, were " + firstRetry
                    + " and " + maxRetry);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, was " + grace);
        }
    }

    /** The defaults, spooling standard input in {@code spool} (the state folder, or the system's temp folder). */
    public static HookOptions defaults(Path spool) {
        return new HookOptions(DEFAULT_MAX_PROCESSES, DEFAULT_FIRST_RETRY, DEFAULT_MAX_RETRY, DEFAULT_GRACE, spool);
    }

    public HookOptions withRetryDelays(Duration first, Duration max) {
        return new HookOptions(maxProcesses, first, max, grace, spool);
    }

    public HookOptions withMaxProcesses(int processes) {
        return new HookOptions(processes, firstRetry, maxRetry, grace, spool);
    }

    /** The wait after failed attempt number {@code failures} (from 1): first, 2×first, 4×first…, capped. */
    public Duration retryDelay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        Duration delay = firstRetry;
        for (int i = 1; i < failures && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
