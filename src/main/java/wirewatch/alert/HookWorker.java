package wirewatch.alert;

import static java.lang.System.Logger.Level.ERROR;
import static java.lang.System.Logger.Level.INFO;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import wirewatch.config.AlertSpec;
import wirewatch.store.Outbox;

/**
 * Delivers the event outbox to the hooks of {@code alerts:}. Each hook (keyed by {@link AlertSpec#name()}) gets its
 * events strictly in the order they happened: the next one only once the one before is done (exit 0) or failed for
 * good, after {@code retries} retries with growing delays. Hooks run on a bounded pool, different hooks in parallel,
 * at most {@link HookOptions#maxProcesses()} processes at once, so a slow hook never holds up polling or the
 * dashboard; the store is the only record of what is owed, so whatever was pending when wirewatch stopped, however
 * it stopped, is delivered by the next worker (a delivery in flight at a crash runs again, with the same event id).
 *
 * <p>Nothing runs until {@link #start} (continuous work: {@link #signal} and retry timers wake it) or while
 * {@link #drain} waits. Thread-safe. {@link #close} stops it and kills hooks still running.
 */
public final class HookWorker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HookWorker.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** The pause after the store failed (locked, full): long enough not to spin, short enough to resume soon. */
    private static final Duration STORE_PAUSE = Duration.ofSeconds(5);

    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final LaneLeases leases;
    private final Courier courier;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ScheduledThreadPoolExecutor timer;
    /** One permit per finished look at a lane: what {@link #drain} waits on. */
    private final Semaphore progress = new Semaphore(0);
    private final AtomicInteger draining = new AtomicInteger();
    private volatile boolean started;
    private volatile boolean closed;

    /**
     * A worker for these alerts on this (writable) store's outbox, one lane per hook name. Starts no thread yet. What
     * a store written before hooks had names owes a hook under its old key (watch, events and command) is moved to
     * its name.
     */
    public HookWorker(Outbox outbox, List<AlertSpec> alerts, Clock clock, HookOptions options) {
        this(outbox, alerts, clock, options, LaneLeases.ALL);
    }

    /**
     * A worker that serves only the lanes {@code leases} says are this process's now, by hook name: where several
     * pollers share the outbox, each hook's lane is leased to one of them, so the hook still gets its events one at a
     * time and in order, and each (hook, event) is delivered once across processes. A lane taken later is served
     * from the next {@link #signal}; after each look at a lane, with none of its deliveries running, the lane is
     * offered back ({@link LaneLeases#keep}), which is when a lane moves to a poller that joined.
     */
    public HookWorker(Outbox outbox, List<AlertSpec> alerts, Clock clock, HookOptions options, LaneLeases leases) {
        requireNonNull(outbox, "outbox");
        this.leases = requireNonNull(leases, "leases");
        this.clock = requireNonNull(clock, "clock");
        requireNonNull(options, "options");
        for (AlertSpec alert : alerts) {
            if (lanes.putIfAbsent(alert.name(), new Lane(alert)) == null) {
                adoptLegacyKey(outbox, alert);
            }
        }
        this.courier = new Courier(outbox, new HookRunner(options.spool(), options.grace()), clock, options);
        // A lane has at most one task queued or running, so the queue never holds more than one per hook.
        this.pool = new ThreadPoolExecutor(options.maxProcesses(), options.maxProcesses(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, lanes.size())), named("hook"));
        this.timer = new ScheduledThreadPoolExecutor(1, named("hook-timer"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    private static void adoptLegacyKey(Outbox outbox, AlertSpec alert) {
        int moved = outbox.renameHook(alert.legacyKey(), alert.name());
        if (moved > 0) {
            LOG.log(INFO, "hook ''{0}'': {1} deliveries owed under its old key moved to its name", alert.name(), moved);
        }
    }

    /** Starts delivering in the background: first whatever the store holds pending, then on every signal. */
    public void start() {
        started = true;
        wakeAll();
    }

    /** Says that new events may be in the outbox (call after a commit); cheap, never blocks on a hook. */
    public void signal() {
        wakeAll();
    }

    /**
     * Delivers everything the configured hooks owe now, retries included, and returns {@code true} once nothing is
     * owed, or {@code false} when {@code max} passed first (what is left stays in the outbox for the next run).
     */
    public boolean drain(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        draining.incrementAndGet();
        try {
            wakeAll();
            while (!closed) {
                progress.drainPermits();
                if (lanes.values().stream().filter(this::isHeld).noneMatch(courier::owes)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.tryAcquire(left, TimeUnit.NANOSECONDS);
            }
            return false;
        } finally {
            draining.decrementAndGet();
        }
    }

    /** Stops delivering and kills running hooks; their deliveries stay pending for the next worker. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(ERROR, "hooks still running {0} after close", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progress.release();
        }
    }

    private boolean isHeld(Lane lane) {
        return leases.holds(lane.key());
    }

    private boolean isActive() {
        return !closed && (started || draining.get() > 0);
    }

    private void wakeAll() {
        lanes.values().forEach(this::wake);
    }

    private void wake(Lane lane) {
        if (isActive() && lane.claim()) {
            try {
                pool.execute(() -> serve(lane));
            } catch (RejectedExecutionException e) {
                lane.finish();
            }
        }
    }

    /** One look at one lane on a pool thread: deliver its oldest due event, or note when to look again. */
    private void serve(Lane lane) {
        Courier.Step step;
        lane.beginLook();
        if (!isHeld(lane)) {
            // Another process delivers this hook's events now; this one looks again when it takes the lane. Taking
            // it may have woken the lane while this look had it: that wake-up must not be lost.
            boolean wokenMeanwhile = lane.finish();
            progress.release();
            if (wokenMeanwhile) {
                wake(lane);
            }
            return;
        }
        try {
            step = courier.deliverNext(lane);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lane.finish();
            return;
        } catch (RuntimeException e) {
            // The store failed (full disk, locked file): the delivery stays pending; look again after a pause.
            LOG.log(ERROR, lane.label() + ": recording a delivery failed, trying again in " + STORE_PAUSE, e);
            step = Courier.Step.waitUntil(clock.instant().plus(STORE_PAUSE));
        }
        if (!leases.keep(lane.key())) {
            // Given up between deliveries: the poller that takes it delivers what is owed from the store.
            lane.finish();
            progress.release();
            return;
        }
        Instant waitUntil = step.waitUntil();
        if (waitUntil != null) {
            wakeAt(lane, waitUntil);
        }
        boolean wokenMeanwhile = lane.finish();
        progress.release();
        if (step.delivered() || wokenMeanwhile) {
            wake(lane);
        }
    }

    private void wakeAt(Lane lane, Instant when) {
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        try {
            lane.retryTimer(timer.schedule(() -> wake(lane), delay, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // Closing: the delivery stays pending in the store.
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
