package wirewatch.app;

import java.util.random.RandomGenerator;

/** A random generator safe to share between threads: every draw takes a lock on the wrapped generator. */
final class LockedRandom implements RandomGenerator {
    private final RandomGenerator random;

    LockedRandom(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public synchronized long nextLong() {
        return random.nextLong();
    }

    @Override
    public synchronized double nextDouble() {
        return random.nextDouble();
    }
}
