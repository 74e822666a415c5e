package wirewatch.cli;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.stream.Collectors;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.store.Store;
import wirewatch.tui.Dashboard;
import wirewatch.tui.DashboardOptions;

/**
 * Opens the dashboard on the configured store: polling in the background when this process may write, read-only
 * (following the writer through the store) when another wirewatch already writes to it, until that one stops:
 * then this one takes the store over and polls.
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
                        .collect(Collectors.toMap(WatchSpec::name, WatchSpec::story)))
                .withFeeds(config.feeds().stream().map(FeedSpec::name).toList());
        try (Store store = setup.openShared()) {
            return show(config, store, options);
        }
    }

    private int show(Config config, Store store, DashboardOptions options) throws Exception {
        try (EngineStarter engine = new EngineStarter(config, store, setup.clock());
             Terminal terminal = terminals.open()) {
            if (store.isWritable()) {
                Dashboard.run(terminal, store, engine.start(), options);
            } else {
                LOG.log(System.Logger.Level.INFO, "store is written by another process, or its folder cannot be "
                        + "written; dashboard is read-only until it can write");
                Dashboard.runReadOnly(terminal, store, () -> store.takeOver() ? engine.start() : null, options);
            }
            return 0;
        }
    }
}
