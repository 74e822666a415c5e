package wirewatch.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;

/**
 * Records one round's feeds on the writer as they finish, while the next feeds are fetched: the feeds that finish
 * while the writer is busy are recorded together, one transaction, in the order they finished. At most
 * {@code window} feeds are fetched or waiting to be recorded at once, which bounds the memory a slow writer can hold
 * up. When recording fails, the round stops taking feeds and {@link #finish} throws what failed. One per round.
 */
final class RoundRecorder {
    private final ExecutorService writer;
    private final Function<List<FeedOutcome>, List<Event>> record;
    private final RoundProgress progress;
    private final int window;
    private final Semaphore room;
    private final ConcurrentLinkedQueue<FeedOutcome> done = new ConcurrentLinkedQueue<>();
    /** Written and read on the writer thread; read by the caller after {@link #finish}. */
    private int events;
    private int cutShort;
    private volatile @Nullable RuntimeException failure;

    /** @param record records a batch on the writer thread and returns its committed events */
    RoundRecorder(ExecutorService writer, Function<List<FeedOutcome>, List<Event>> record, RoundProgress progress,
                  int window) {
        this.writer = writer;
        this.record = record;
        this.progress = progress;
        this.window = window;
        this.room = new Semaphore(window);
    }

    /** Waits until one more feed may be fetched; throws what failed if recording has failed. */
    void admit() throws InterruptedException {
        room.acquire();
        rethrow();
    }

    /** Polls one admitted feed on the calling thread and hands its outcome to the writer. */
    void poll(Supplier<FeedOutcome> feed) {
        FeedOutcome outcome;
        try {
            outcome = feed.get();
        } catch (RuntimeException | Error e) {
            fail(e);
            room.release();
            return;
        }
        done.add(outcome);
        try {
            writer.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // The engine is closing: the round ends with that, rather than waiting on a writer that has stopped.
            fail(e);
            room.release();
        }
    }

    /** Waits until every admitted feed is recorded, then throws what failed, if anything did. */
    void finish() throws InterruptedException {
        room.acquire(window);
        room.release(window);
        rethrow();
    }

    int events() {
        return events;
    }

    int cutShort() {
        return cutShort;
    }

    /** On the writer: records every feed finished so far, one batch; nothing when an earlier drain took them. */
    private void drain() {
        List<FeedOutcome> batch = new ArrayList<>();
        for (FeedOutcome outcome = done.poll(); outcome != null; outcome = done.poll()) {
            batch.add(outcome);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (failure == null) {
                cutShort += (int) batch.stream().filter(FeedOutcome::cutShort).count();
                events += record.apply(batch).size();
                batch.forEach(outcome -> progress.recorded(outcome.feed().name()));
            }
        } catch (RuntimeException | Error e) {
            fail(e);
        } finally {
            room.release(batch.size());
        }
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void rethrow() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
