package wirewatch.app;

import java.util.concurrent.Semaphore;

/**
 * Lets as many threads do CPU-heavy work (parsing, page extraction, analysis) at once as there are cores: more
 * would only take CPU from the writer thread, which records every feed in turn and must keep up. Fetches wait on
 * the network in any number. Thread-safe.
 */
final class Cores {
    private final Semaphore permits;

    Cores(int cores) {
        this.permits = new Semaphore(cores);
    }

    static Cores ofMachine() {
        return new Cores(Runtime.getRuntime().availableProcessors());
    }

    /** Runs the work when a core is free for it. */
    <T, E extends Exception> T run(Work<T, E> work) throws E, InterruptedException {
        permits.acquire();
        try {
            return work.run();
        } finally {
            permits.release();
        }
    }

    /** Work that keeps a core busy. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
