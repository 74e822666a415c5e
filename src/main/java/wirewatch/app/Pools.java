package wirewatch.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Named, daemon, bounded pools, and the orderly way to stop them. */
final class Pools {
    private Pools() {
    }

    static ExecutorService fixed(String name, int threads) {
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                named(name));
    }

    /**
     * One thread that runs tasks in the order given, holding at most {@code queued} waiting ones: past that, whoever
     * hands it a task waits for room, so a consumer that stops never makes the queue grow without bound.
     */
    static ExecutorService ordered(String name, int queued) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued), named(name),
                (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException(name + " is shut down");
                    }
                    try {
                        pool.getQueue().put(task);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RejectedExecutionException(name + ": interrupted while waiting for room", e);
                    }
                });
    }

    static ScheduledExecutorService scheduled(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, named(name));
        timer.setRemoveOnCancelPolicy(true);
        // A poll scheduled minutes ahead must not hold a shutdown until it is due.
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return timer;
    }

    static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Interrupts what runs and drops what waits, then waits for the threads to notice (a guard, not a pause: an
     * interrupted fetch or hook returns at once). For work that is redone at the next start: polls, page fetches.
     */
    static void stopNow(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** shutdown, a short wait, then shutdownNow: guava's shutdownAndAwaitTermination, in small. */
    static void shutdown(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
