package wirewatch.alert;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import wirewatch.config.AlertSpec;

/**
 * One hook's queue in the outbox, and the scheduling state that keeps its deliveries one at a time: at most one
 * task of a lane is queued or running ({@link #claim} hands out the right to queue one); a wake-up that arrives
 * while it runs is remembered, and {@link #finish} reports it so the task can ask for another look. Thread-safe.
 */
final class Lane {
    private final AlertSpec spec;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicReference<@Nullable ScheduledFuture<?>> retryTimer = new AtomicReference<>();

    Lane(AlertSpec spec) {
        this.spec = spec;
    }

    AlertSpec spec() {
        return spec;
    }

    String key() {
        return spec.name();
    }

    String label() {
        return HookCommand.label(spec);
    }

    /** Notes a wake-up; {@code true} when the caller must queue a task, {@code false} when one is already out. */
    boolean claim() {
        again.set(true);
        return busy.compareAndSet(false, true);
    }

    /** Called by the task before it looks at the outbox: wake-ups from now on ask for another look. */
    void beginLook() {
        again.set(false);
    }

    /** Called by the task when done; {@code true} when a wake-up came in while it looked, asking for another look. */
    boolean finish() {
        busy.set(false);
        return again.get();
    }

    /** Replaces the pending retry timer, if any, so a lane has at most one. */
    void retryTimer(ScheduledFuture<?> timer) {
        ScheduledFuture<?> old = retryTimer.getAndSet(timer);
        if (old != null) {
            old.cancel(false);
        }
    }
}
