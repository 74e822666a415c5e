package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);
    /** nextDouble() is exactly 0.5: no jitter at all. */
    private static final RandomGenerator MIDDLE = () -> Long.MIN_VALUE;
    /** nextDouble() is just under 1: the most jitter upwards. */
    private static final RandomGenerator HIGHEST = () -> -1L;
    /** nextDouble() is 0: the most jitter downwards. */
    private static final RandomGenerator LOWEST = () -> 0L;

    @Test
    void healthyFeedWaitsItsIntervalGiveOrTakeTenPercent() {
        Backoff backoff = new Backoff(new SplittableRandom(7));

        List<Duration> waits = IntStream.range(0, 1000).mapToObj(i -> backoff.jitter(TWO_MINUTES)).toList();

        assertTrue(waits.stream().allMatch(w -> w.toMillis() >= 108_000 && w.toMillis() <= 132_000), waits::toString);
        assertTrue(new HashSet<>(waits).size() > 100, "feeds with one interval should spread out");
    }

    @Test
    void firstFailureDoublesTheInterval() {
        assertEquals(Duration.ofMinutes(4), new Backoff(MIDDLE).afterFailures(TWO_MINUTES, 1));
    }

    @Test
    void eachFurtherFailureDoublesAgain() {
        assertEquals(Duration.ofMinutes(16), new Backoff(MIDDLE).afterFailures(TWO_MINUTES, 3));
    }

    @Test
    void noFailuresMeansTheNormalSchedule() {
        assertEquals(TWO_MINUTES, new Backoff(MIDDLE).afterFailures(TWO_MINUTES, 0));
    }

    @Test
    void longFailureStreakWaitsSixHours() {
        assertEquals(Duration.ofHours(6), new Backoff(MIDDLE).afterFailures(TWO_MINUTES, 60));
    }

    @Test
    void jitterAtTheCapOnlyShortensTheWait() {
        Duration high = new Backoff(HIGHEST).afterFailures(TWO_MINUTES, 30);
        Duration low = new Backoff(LOWEST).afterFailures(TWO_MINUTES, 30);

        assertTrue(high.compareTo(Duration.ofHours(6)) < 0 && high.compareTo(Duration.ofMinutes(324)) >= 0,
                high::toString);
        assertEquals(Duration.ofMinutes(324), low);
    }

    @Test
    void jitterBelowTheCapGoesBothWays() {
        assertEquals(Duration.ofMillis(216_000), new Backoff(LOWEST).afterFailures(TWO_MINUTES, 1));
        assertTrue(new Backoff(HIGHEST).afterFailures(TWO_MINUTES, 1).toMillis() > 263_000);
    }

    @Test
    void sameSeedGivesTheSameSchedule() {
        Backoff first = new Backoff(new SplittableRandom(2025));
        Backoff second = new Backoff(new SplittableRandom(2025));

        Set<Boolean> same = new HashSet<>();
        for (int failures = 0; failures < 12; failures++) {
            same.add(first.afterFailures(TWO_MINUTES, failures).equals(second.afterFailures(TWO_MINUTES, failures)));
        }

        assertEquals(Set.of(true), same);
    }

    @Test
    void customCapIsHonoured() {
        Backoff backoff = new Backoff(MIDDLE, Duration.ofMinutes(30));

        assertEquals(Duration.ofMinutes(30), backoff.afterFailures(TWO_MINUTES, 5));
    }

    @Test
    void negativeFailureCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Backoff(MIDDLE).afterFailures(TWO_MINUTES, -1));

        assertEquals("failures must not be negative, was -1", e.getMessage());
    }
}
