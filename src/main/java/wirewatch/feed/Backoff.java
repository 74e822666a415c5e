package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to poll a feed next: its interval with ±10% jitter, so that feeds sharing an interval drift apart instead of
 * hitting their hosts in one burst, and for a feed that failed {@code n} times in a row its interval doubled
 * {@code n} times, capped (6 hours by default) and jittered the same way. Pure apart from the injected random
 * generator; thread-safe exactly when that generator is.
 */
public final class Backoff {
    /** The longest wait for a failing feed: long enough to spare a broken host, short enough to notice a fix. */
    public static final Duration DEFAULT_CAP = Duration.ofHours(6);
    private static final double JITTER = 0.10;
    /** Doubling more often than this exceeds any sensible cap, and 2^n stays exact in a double. */
    private static final int MAX_DOUBLINGS = 40;

    private final RandomGenerator random;
    private final Duration cap;

    /** Backoff capped at {@link #DEFAULT_CAP}. */
    public Backoff(RandomGenerator random) {
        this(random, DEFAULT_CAP);
    }

    public Backoff(RandomGenerator random, Duration cap) {
        this.random = requireNonNull(random, "random");
        requireNonNull(cap, "cap");
        if (cap.isNegative() || cap.isZero()) {
            throw new IllegalArgumentException("backoff cap must be positive, was " + cap);
        }
        this.cap = cap;
    }

    /** The interval give or take 10%, for a feed that polled fine. */
    public Duration jitter(Duration interval) {
        return Duration.ofMillis(rounded(positive(interval).toMillis() * spread()));
    }

    /**
     * The wait before polling a feed that failed {@code failures} times in a row: the jittered interval when
     * {@code failures} is 0, else the interval times 2^{@code failures} give or take 10%, never more than the cap.
     * At the cap the jitter only shortens the wait, so that feeds failing together still spread out.
     */
    public Duration afterFailures(Duration interval, int failures) {
        positive(interval);
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative, was " + failures);
        }
        if (failures == 0) {
            return jitter(interval);
        }
        double factor = Math.scalb(1.0, Math.min(failures, MAX_DOUBLINGS));
        double capMillis = cap.toMillis();
        double base = Math.min(interval.toMillis() * factor, capMillis);
        double spread = spread();
        double millis = base * spread;
        if (millis > capMillis) {
            millis = base * (2.0 - spread);
        }
        return Duration.ofMillis(rounded(millis));
    }

    /** A factor in [0.9, 1.1]. */
    private double spread() {
        return 1.0 + JITTER * (2.0 * random.nextDouble() - 1.0);
    }

    private static long rounded(double millis) {
        return Math.max(1L, Math.round(millis));
    }

    private static Duration positive(Duration interval) {
        requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        return interval;
    }
}
