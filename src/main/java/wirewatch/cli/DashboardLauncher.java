package wirewatch.cli;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import wirewatch.app.Engine;
import wirewatch.app.EngineOptions;
import wirewatch.config.Config;
import wirewatch.config.WatchSpec;
import wirewatch.store.Store;
import wirewatch.tui.Dashboard;
import wirewatch.tui.DashboardOptions;

/**
 * Opens the dashboard on the configured store: polling in the background when this process may write, read-only
 * (following the writer through the store) when another wirewatch already writes to it.
 */
final class DashboardLauncher {
    private static final System.Logger LOG = System.getLogger(DashboardLauncher.class.getName());

    /** Where the dashboard draws: the user's terminal ({@link Dashboard#openTerminal}), or a test's. */
    interface Terminals {
        Terminal open() throws IOException;
    }

    private final Setup setup;
    private final Terminals terminals;

    DashboardLauncher(Setup setup, Terminals terminals) {
        this.setup = setup;
        this.terminals = terminals;
    }

    int run() throws Exception {
        Config config = setup.config();
        DashboardOptions options = DashboardOptions.fromEnvironment(setup.clock(), System.getenv())
                .withWatches(config.watches().stream().map(WatchSpec::name).toList())
                .withStories(config.watches().stream().filter(w -> w.story() != null)
                        .collect(Collectors.toMap(WatchSpec::name, WatchSpec::story)));
        try (Store store = setup.openShared()) {
            return show(config, store, options);
        }
    }

    private int show(Config config, Store store, DashboardOptions options) throws Exception {
        if (!store.isWritable()) {
            LOG.log(System.Logger.Level.INFO, "store is written by another process, or its folder cannot be written; "
                    + "dashboard is read-only");
            try (Terminal terminal = terminals.open()) {
                Dashboard.run(terminal, store, null, options);
            }
            return 0;
        }
        EngineControls controls = new EngineControls(config.feeds().size());
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "engine-start");
            thread.setDaemon(true);
            return thread;
        });
        AtomicReference<Engine> engine = new AtomicReference<>();
        try (Terminal terminal = terminals.open()) {
            // The engine loads Lucene and the HTTP client: build it beside the first frame, not before it.
            starter.submit(() -> {
                engine.set(Engine.create(config, store, setup.clock(), EngineOptions.defaults()));
                controls.ready(engine.get());
                return null;
            });
            Dashboard.run(terminal, store, controls, options);
            return 0;
        } finally {
            starter.shutdownNow();
            starter.awaitTermination(5, TimeUnit.SECONDS);
            Engine built = engine.get();
            if (built != null) {
                built.close();
            }
        }
    }
}
