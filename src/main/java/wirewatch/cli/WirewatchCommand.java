package wirewatch.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import wirewatch.tui.Dashboard;

/**
 * {@code wirewatch}: the dashboard, and the parent of every other command. Alone, it has no commands under it;
 * {@link WirewatchTree} is the same with all of them.
 */
@Command(name = "wirewatch", mixinStandardHelpOptions = true, version = "wirewatch 0.1.0",
        description = {"Follow a developing news story from the terminal: poll RSS/Atom feeds, match articles "
                + "against watch rules, see who said what and how it changes, and send every event to your "
                + "scripts.", "", "Without a command, opens the dashboard."},
        footer = {"", "Exit codes: 0 fine (a failing feed is a feed_error event, not a failure), 1 runtime failure, "
                + "2 bad usage or bad config.", "Logs: $XDG_STATE_HOME/wirewatch/wirewatch.log."})
class WirewatchCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "feeds.yml to use (default: ./feeds.yml, else $XDG_CONFIG_HOME/wirewatch/feeds.yml)")
    @Nullable Path config;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT, converter = DbOption.class,
            description = "the store: a SQLite file (default: $XDG_STATE_HOME/wirewatch/wirewatch.db), or "
                    + "postgresql://USER@HOST:PORT/DATABASE with the password in PGPASSWORD or ~/.pgpass")
    @Nullable String db;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "log more detail")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Where {@code -} arguments read from. */
    InputStream stdin = System.in;

    /** Where the dashboard draws. */
    DashboardLauncher.Terminals terminals = Dashboard::openTerminal;

    @Override
    public Integer call() throws Exception {
        Setup.prepareForPolling();
        return new DashboardLauncher(Setup.of(this), terminals).run();
    }
}
