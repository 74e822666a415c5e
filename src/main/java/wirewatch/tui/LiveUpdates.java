package wirewatch.tui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import wirewatch.app.EventSink;
import wirewatch.event.Event;

/**
 * Hands news of committed events from the engine's writer thread to the screen thread. The writer only counts
 * and wakes the screen thread, which then pages what changed from the store: nothing is queued, so a burst of
 * events costs no memory and never blocks the writer.
 */
final class LiveUpdates implements EventSink {
    private final AtomicLong pending = new AtomicLong();
    private final Semaphore wake = new Semaphore(0);

    @Override
    public void accept(List<Event> events) {
        if (!events.isEmpty()) {
            pending.addAndGet(events.size());
            wake.release();
        }
    }

    /** How many events arrived since the last call. */
    long take() {
        return pending.getAndSet(0);
    }

    /** Waits until events arrive or the time passes. */
    void await(Duration most) throws InterruptedException {
        if (wake.tryAcquire(most.toMillis(), TimeUnit.MILLISECONDS)) {
            wake.drainPermits();
        }
    }
}
