package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import wirewatch.app.LogFile;
import wirewatch.feed.HttpClients;
import wirewatch.app.Rules;
import wirewatch.app.StatePaths;
import wirewatch.config.Config;
import wirewatch.config.ConfigException;
import wirewatch.config.ConfigLoader;
import wirewatch.feed.TerminalText;
import wirewatch.store.SqliteStore;

/**
 * What every command starts from: the resolved paths, the log file installed, the one system clock, and ways to
 * load the config (rules checked) and open the store.
 */
final class Setup {
    private final StatePaths paths;
    private final PrintWriter err;
    private final Clock clock = Clock.systemUTC();

    private Setup(StatePaths paths, PrintWriter err) {
        this.paths = paths;
        this.err = err;
    }

    static Setup of(WirewatchCommand root) {
        StatePaths paths = StatePaths.resolve(root.config, root.db, System.getenv(), Path.of(""),
                Path.of(System.getProperty("user.home")));
        LogFile.install(paths.log(), root.verbose);
        return new Setup(paths, root.spec.commandLine().getErr());
    }

    /**
     * For commands that poll: starts the slow first steps of HTTPS and SQLite on background threads, while the
     * main thread reads the config; they would otherwise run one after the other before the first fetch.
     */
    static void prepareForPolling() {
        HttpClients.prepare();
        SqliteStore.prepare();
    }

    StatePaths paths() {
        return paths;
    }

    Clock clock() {
        return clock;
    }

    /** The config, with every watch's query compiled, so a bad rule fails here with exit code 2. */
    Config config() throws ConfigException {
        Config config = loaded();
        Rules.compile(config);
        return config;
    }

    /** The config as read, its warnings (what it left out and why) said on stderr, one line each. */
    Config loaded() throws ConfigException {
        Config config = ConfigLoader.load(paths.config());
        config.warnings().forEach(warning -> err.println("wirewatch: warning: " + TerminalText.strip(warning)));
        err.flush();
        return config;
    }

    SqliteStore openStore() {
        return SqliteStore.open(paths.store());
    }

    SqliteStore openShared() {
        return SqliteStore.openShared(paths.store());
    }

    /** The store for reading only, without its lock; fails with a clear message when there is none yet. */
    SqliteStore openExisting() {
        return SqliteStore.openReadOnly(paths.store());
    }
}
