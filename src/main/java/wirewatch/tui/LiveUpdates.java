package wirewatch.tui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import wirewatch.app.EventSink;
import wirewatch.event.Event;
import wirewatch.store.ChangeFeed;

/**
 * Hands news of committed events to the screen thread: from the engine's writer thread, or from the store's
 * {@link ChangeFeed} when another process writes. The sender only counts and wakes the screen thread, which then
 * pages what changed from the store: nothing is queued, so a burst of events costs no memory and never blocks the
 * writer.
 */
final class LiveUpdates implements EventSink, ChangeFeed.Listener {
    private final AtomicLong pending = new AtomicLong();
    private final Semaphore wake = new Semaphore(0);
    private volatile @Nullable String trouble;

    @Override
    public void accept(List<Event> events) {
        if (!events.isEmpty()) {
            pending.addAndGet(events.size());
            wake.release();
        }
    }

    @Override
    public void committed(long seq) {
        pending.incrementAndGet();
        wake.release();
    }

    @Override
    public void lost(String why) {
        trouble = why;
        wake.release();
    }

    @Override
    public void listening() {
        trouble = null;
        committed(-1);
    }

    /** Why news from the store stopped coming, while it has; null when it comes. */
    @Nullable String trouble() {
        return trouble;
    }

    /** How much news arrived since the last call: events from the engine, batches from the store. */
    long take() {
        return pending.getAndSet(0);
    }

    /** Waits until news arrives or the time passes; returns whether news arrived. */
    boolean await(Duration most) throws InterruptedException {
        if (wake.tryAcquire(most.toMillis(), TimeUnit.MILLISECONDS)) {
            wake.drainPermits();
            return true;
        }
        return false;
    }
}
