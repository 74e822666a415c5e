package wirewatch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.event.Event;
import wirewatch.store.Store;
import wirewatch.store.StoreException;

/**
 * The running pipeline: polls feeds on a bounded pool, records what they bring on one writer thread, hands
 * committed events to sinks (tail's printer, the dashboard) and wakes the hook deliveries. {@link #runOnce} polls
 * every feed now and returns when the round and its hook deliveries are done; {@link #start} polls continuously,
 * the first round at once, then each feed at its interval with jitter. Sinks are called on a publisher thread of
 * their own, in commit order, so a slow sink holds up no recording. Close it to stop every thread it owns.
 */
public final class Engine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private static final Duration REFETCH_EVERY = Duration.ofMinutes(1);
    /**
     * Committed batches waiting for the sinks: enough for a round of thousands of feeds behind a slow reader of
     * tail's output, while a reader that stops altogether holds up recording only once this many are waiting.
     */
    private static final int PUBLISH_QUEUE = 4096;

    private final Config config;
    private final Store store;
    private final Clock clock;
    private final Parts parts;
    private final ExecutorService workers;
    private final ExecutorService writer;
    private final ExecutorService publisher;
    private final ScheduledExecutorService timer;
    private final List<EventSink> sinks = new CopyOnWriteArrayList<>();
    private final WriteState writes = new WriteState();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Instant> nextPolls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> failing = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastRound = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicBoolean leasing = new AtomicBoolean();
    private volatile boolean running;

    Engine(Config config, Store store, Clock clock, Parts parts) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.parts = parts;
        int threads = Math.max(2, Math.min(parts.options().fetchThreads(), config.feeds().size()));
        this.workers = Pools.fixed("fetch", threads);
        this.writer = Pools.fixed("store-writer", 1);
        this.publisher = Pools.ordered("publish", PUBLISH_QUEUE);
        this.timer = Pools.scheduled("scheduler");
    }

    /** Builds an engine for this config on this store; see {@link Parts#build}. */
    public static Engine create(Config config, Store store, Clock clock, EngineOptions options)
            throws wirewatch.config.ConfigException {
        return new Engine(config, store, clock, Parts.build(config, store, clock, options));
    }

    public void addSink(EventSink sink) {
        sinks.add(sink);
    }

    /** Adds a listener told when the store stops taking writes and when it takes them again. */
    public void addWriteListener(WriteListener listener) {
        writes.add(listener);
    }

    /**
     * Polls every feed now, whatever its schedule, records the results and finishes owed hook deliveries. Feeds
     * are fetched in parallel and each is recorded as soon as it is done, so a slow feed holds up no other: the
     * feeds done while the writer was busy are recorded together, one transaction, their articles in publication
     * order. At most a window of feeds is polled or waiting to be recorded at once, which bounds the memory a
     * slow writer can hold up. Which of two outlets' copies of a story is the original, and which rendering of a
     * remark is the first, follow the order the feeds arrive in, as they do in continuous polling.
     */
    public RoundSummary runOnce() throws InterruptedException {
        return runOnce(RoundProgress.NONE);
    }

    /** {@link #runOnce()}, telling {@code progress} as each feed's poll starts and as each feed is recorded. */
    public RoundSummary runOnce(RoundProgress progress) throws InterruptedException {
        // Polls every feed, leased or not; the leases say which hooks' lanes this process delivers.
        startLeases();
        Instant started = clock.instant();
        long failedBefore = store.counts().failedDeliveries();
        List<FeedSpec> feeds = config.feeds();
        int window = Math.max(4, parts.options().fetchThreads() / 2);
        RoundRecorder recording = new RoundRecorder(writer, outcomes -> write(outcomes, false), progress, window);
        for (FeedSpec feed : feeds) {
            recording.admit();
            workers.execute(() -> recording.poll(() -> {
                progress.polling(feed.name());
                return parts.feedTask().poll(feed);
            }));
        }
        recording.finish();
        int events = recording.events();
        int cutShort = recording.cutShort();
        events += refetchDue().size();
        lastRound.set(clock.instant());
        await(publisher.submit(() -> { }));
        parts.hooks().drain(parts.options().drainLimit());
        int failedDeliveries = (int) (store.counts().failedDeliveries() - failedBefore);
        return new RoundSummary(feeds.size(), failing.size(), cutShort, events, failedDeliveries,
                Duration.between(started, clock.instant()));
    }

    /** Starts continuous polling in the background: the first round at once, then each feed on its schedule. */
    public void start() {
        running = true;
        parts.hooks().start();
        for (FeedSpec feed : config.feeds()) {
            schedule(feed, Duration.ZERO);
        }
        startLeases();
        timer.scheduleWithFixedDelay(() -> workers.submit(this::refetchDue), REFETCH_EVERY.toMillis(),
                REFETCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the leases once. Feeds this process holds from the start are polled at once (with one poller, all of
     * them); a feed taken later, from a poller that died or gave it up, is polled when its stored schedule says, so
     * that it is not polled twice within its interval: at once for a feed given up before its poll started.
     */
    private void startLeases() {
        if (leasing.compareAndSet(false, true)) {
            parts.leases().start((feeds, hooks) -> {
                if (running && !feeds.isEmpty()) {
                    // Off the keeper's thread: reading each feed's schedule must not hold up the next renewal.
                    workers.execute(() -> feeds.forEach(name -> config.feed(name)
                            .ifPresent(feed -> schedule(feed, dueIn(feed)))));
                }
                if (!hooks.isEmpty()) {
                    parts.hooks().signal();
                }
            });
        }
    }

    private Duration dueIn(FeedSpec feed) {
        Instant next;
        try {
            next = store.feedState(feed.name()).nextPoll();
        } catch (StoreException e) {
            // A feed taken over but never scheduled would not be polled again by anyone; polled now, it is.
            LOG.log(System.Logger.Level.WARNING, "reading the schedule of " + feed.name() + ": " + e.getMessage());
            next = null;
        }
        Duration wait = next == null ? Duration.ZERO : Duration.between(clock.instant(), next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Polls every feed now (the dashboard's {@code r}); feeds already being polled are left alone. */
    public void refreshNow() {
        if (running) {
            config.feeds().forEach(feed -> schedule(feed, Duration.ZERO));
        }
    }

    /**
     * Polls one feed now (the feeds view's {@code r}); false for a feed not in the config. A feed that fails again
     * before its backoff was due keeps the backoff it had.
     */
    public boolean pollNow(String name) {
        for (FeedSpec feed : config.feeds()) {
            if (feed.name().equals(name)) {
                if (running) {
                    schedule(feed, Duration.ZERO);
                }
                return true;
            }
        }
        return false;
    }

    public EngineStatus status() {
        Instant next = nextPolls.values().stream().min(Instant::compareTo).orElse(null);
        return new EngineStatus(config.feeds().size(), failing.size(), lastRound.get(), next,
                store.counts().failedDeliveries(), store.pendingDeliveryCount(), true, lastError.get());
    }

    /** Sets the feed's one pending poll; an earlier pending one is cancelled, so each feed has one schedule. */
    private void schedule(FeedSpec feed, Duration delay) {
        nextPolls.put(feed.name(), clock.instant().plus(delay));
        ScheduledFuture<?> next = timer.schedule(() -> poll(feed), delay.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = timers.put(feed.name(), next);
        if (previous != null && previous != next) {
            previous.cancel(false);
        }
    }

    private void poll(FeedSpec feed) {
        if (!running || !parts.leases().holdsFeed(feed.name())) {
            // Another poller's feed: polled again here only once this process takes its lease.
            return;
        }
        if (!inFlight.add(feed.name())) {
            // Polled right now (a refresh met the schedule): its own completion sets the next poll.
            return;
        }
        workers.submit(() -> {
            Duration wait = feed.every();
            try {
                if (!parts.leases().keepFeed(feed.name())) {
                    // Over its share since the poll was queued (another poller started): the feed goes unpolled,
                    // still due by its stored schedule, to a poller with room, which polls it at once.
                    return;
                }
                FeedOutcome outcome = parts.feedTask().poll(feed);
                if (!running) {
                    // Stopping, the fetch perhaps cut off: the feed keeps the state it had and is polled at the
                    // next start with the validators it had.
                    return;
                }
                Instant next = outcome.after().nextPoll();
                if (next != null) {
                    wait = Duration.between(clock.instant(), next);
                }
                record(List.of(outcome), true);
                lastRound.set(clock.instant());
            } catch (RuntimeException | Error e) {
                // Whatever goes wrong, the feed keeps its schedule: a feed polled once and never again is lost.
                LOG.log(System.Logger.Level.ERROR, "recording " + feed.name() + " failed", e);
                lastError.set(String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                inFlight.remove(feed.name());
            }
            if (running && parts.leases().keepFeed(feed.name())) {
                schedule(feed, wait.isNegative() ? Duration.ZERO : wait);
            }
        });
    }

    private List<Event> refetchDue() throws InterruptedException {
        List<FeedOutcome> outcomes = parts.refetcher().due();
        return outcomes.isEmpty() ? List.of() : record(outcomes, true);
    }

    /** Records on the writer thread, waiting for it, and publishes the committed events; called from worker threads. */
    private List<Event> record(List<FeedOutcome> outcomes, boolean leased) throws InterruptedException {
        return await(writer.submit(() -> write(outcomes, leased)));
    }

    /** Records on the writer thread and publishes the committed events. */
    private List<Event> write(List<FeedOutcome> outcomes, boolean leased) {
        for (FeedOutcome outcome : outcomes) {
            if (outcome.failed()) {
                failing.put(outcome.feed().name(), Boolean.TRUE);
            } else if (outcome.after() != null) {
                failing.remove(outcome.feed().name());
            }
        }
        List<Event> events;
        try {
            events = parts.recorder().record(outcomes, leased);
        } catch (StoreException e) {
            writes.failed(e);
            throw e;
        }
        writes.succeeded();
        if (!events.isEmpty()) {
            publisher.execute(() -> publish(events));
            parts.hooks().signal();
        }
        return events;
    }

    /**
     * Hands committed events to the sinks on the publisher thread, in commit order: a sink that is slow (tail
     * printing into a full pipe, JSON for a busy reader) holds up no recording.
     */
    private void publish(List<Event> events) {
        for (EventSink sink : sinks) {
            try {
                sink.accept(events);
            } catch (RuntimeException e) {
                // The events are stored; a sink that fails misses them, and the next batch is tried again.
                LOG.log(System.Logger.Level.ERROR, "an event sink failed", e);
                lastError.set(String.valueOf(e.getMessage()));
            }
        }
    }

    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops at once, losing nothing: polls and page fetches under way are interrupted and redone at the next start,
     * writes already handed to the writer are committed, and hook deliveries not done stay in the outbox.
     */
    @Override
    public void close() {
        running = false;
        Pools.stopNow(timer);
        parts.cancelFetches();
        Pools.stopNow(workers);
        Pools.shutdown(writer);
        Pools.shutdown(publisher);
        parts.close();
    }

    /**
     * What one round did: feeds polled, feeds that failed, feeds recorded without some pages because of their page
     * budget or deadline, events reported, hook deliveries that failed for good during it, and how long it took.
     */
    public record RoundSummary(int feeds, int failed, int cutShort, int events, int failedDeliveries,
                               Duration took) {
    }
}
