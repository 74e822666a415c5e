package wirewatch.app;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import java.nio.file.Path;
import wirewatch.alert.HookOptions;
import wirewatch.alert.HookWorker;
import wirewatch.alert.LaneLeases;
import java.util.List;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.config.ConfigException;
import wirewatch.config.FeedSpec;
import wirewatch.feed.Backoff;
import wirewatch.feed.FeedParser;
import wirewatch.feed.FeedPoller;
import wirewatch.feed.FullTextExtractor;
import wirewatch.feed.HostGate;
import wirewatch.feed.HttpClients;
import wirewatch.match.WireCopyIndex;
import wirewatch.statement.Aliases;
import wirewatch.statement.StatementExtractor;
import wirewatch.statement.VariantMatcher;
import wirewatch.store.Leases;
import wirewatch.store.Store;

/**
 * The engine's collaborators, built once from the config: the HTTP client and poller, parser, matcher, extractor,
 * the writer-side recorder, the re-fetcher and the hook deliveries. Owns what must be closed.
 */
record Parts(EngineOptions options, FeedTask feedTask, Recorder recorder, Refetcher refetcher,
             Deliveries hooks, Leases leases, WatchMatcher matcher, OkHttpClient client, ExecutorService pagePool)
        implements AutoCloseable {

    static Parts build(Config config, Store store, Clock clock, EngineOptions options) throws ConfigException {
        VariantMatcher variants = new VariantMatcher();
        WireCopyIndex copies = new WireCopyIndex();
        StatementTracker tracker = new StatementTracker(store, variants);
        // What the store holds now, read before anything that would need closing is opened.
        CatchUp catchUp = CatchUp.from(store, clock, copies, tracker);
        Aliases aliases = PeopleAliases.of(config, store.aliases());
        OkHttpClient client = HttpClients.create(options.limits());
        FeedPoller poller = new FeedPoller(client, options.limits(), new HostGate(options.limits().maxPerHost()),
                clock);
        WatchMatcher matcher = new WatchMatcher(Rules.compile(config));
        Analysis analysis = new Analysis(matcher, new StatementExtractor(), aliases, variants);
        // SplittableRandom is not thread-safe; Backoff is called from many fetch threads, so it gets its own lock.
        Backoff backoff = new Backoff(new LockedRandom(new SplittableRandom()));
        Cores cores = Cores.ofMachine();
        // Pages wait on the network, as feeds do: as many at once as feeds, and the host gate spreads them out.
        ExecutorService pagePool = Pools.fixed("page", options.fetchThreads());
        ArticlePages pages = new ArticlePages(poller, new FullTextExtractor(), pagePool, cores, clock);
        FeedTask feedTask = new FeedTask(store, poller, new FeedParser(), pages, analysis, backoff, cores, clock);
        boolean runsHooks = options.hooks() && store.isWritable() && !config.alerts().isEmpty();
        Leases leases = store.isWritable() ? store.leases(config.lease(), config.feeds().stream().map(FeedSpec::name)
                .toList(), runsHooks ? config.alerts().stream().map(AlertSpec::name).distinct().toList() : List.of())
                : Leases.EVERYTHING;
        Recorder recorder = new Recorder(store, clock, new EventRouting(config.alerts()), copies, tracker,
                new Revisions(store), analysis, catchUp, leases);
        Refetcher refetcher = new Refetcher(config, store, pages, analysis, clock, leases::holdsFeed);
        Deliveries hooks = runsHooks
                ? new HookDeliveries(new HookWorker(store, config.alerts(), clock,
                        HookOptions.defaults(Path.of(System.getProperty("java.io.tmpdir"))), new LaneLeases() {
                            @Override
                            public boolean holds(String hook) {
                                return leases.holdsHook(hook);
                            }

                            @Override
                            public boolean keep(String hook) {
                                return leases.keepHook(hook);
                            }
                        }),
                        store::changes)
                : Deliveries.NONE;
        return new Parts(options, feedTask, recorder, refetcher, hooks, leases, matcher, client, pagePool);
    }

    /** Cuts off every request under way, so a stopping engine does not wait on a slow server. */
    void cancelFetches() {
        client.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        Pools.stopNow(pagePool);
        hooks.close();
        // After the hooks stopped: a lane is released only once no delivery of it runs here.
        leases.close();
        matcher.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** Hook deliveries as the engine drives them; {@link #NONE} when no hooks run. */
    interface Deliveries extends AutoCloseable {
        Deliveries NONE = new Deliveries() {
            @Override
            public void start() {
            }

            @Override
            public void signal() {
            }

            @Override
            public void drain(Duration limit) {
            }

            @Override
            public void close() {
            }
        };

        void start();

        void signal();

        void drain(Duration limit) throws InterruptedException;

        @Override
        void close();
    }
}
