package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import wirewatch.app.LogFile;
import wirewatch.app.Rules;
import wirewatch.app.StatePaths;
import wirewatch.config.Config;
import wirewatch.config.ConfigException;
import wirewatch.config.ConfigLoader;
import wirewatch.feed.HttpClients;
import wirewatch.feed.TerminalText;
import wirewatch.store.PgAddress;
import wirewatch.store.PostgresStore;
import wirewatch.store.SqliteStore;
import wirewatch.store.Store;

/**
 * What every command starts from: the resolved paths, the log file installed, the one system clock, and ways to
 * load the config (rules checked) and open the store.
 */
final class Setup {
    private static final System.Logger LOG = System.getLogger(Setup.class.getName());
    private final StatePaths paths;
    private final PrintWriter err;
    /** The PostgreSQL store {@code --db} or else the config's {@code store: {url}} names; absent for a SQLite file. */
    private final @Nullable PgAddress postgres;
    private final Clock clock = Clock.systemUTC();

    private Setup(StatePaths paths, PrintWriter err, @Nullable PgAddress postgres) {
        this.paths = paths;
        this.err = err;
        this.postgres = postgres;
    }

    static Setup of(WirewatchCommand root) {
        boolean named = root.db != null && PgAddress.isAddress(root.db);
        Path file = root.db == null || named ? null : Path.of(root.db);
        StatePaths paths = StatePaths.resolve(root.config, file, System.getenv(), Path.of(""),
                Path.of(System.getProperty("user.home")));
        LogFile.install(paths.log(), root.verbose);
        PgAddress postgres = named ? PgAddress.parse(root.db) : root.db == null ? configured(paths.config()) : null;
        return new Setup(paths, root.spec.commandLine().getErr(), postgres);
    }

    /**
     * The PostgreSQL store the config names, if any. A config that cannot be read names none here: the commands
     * that need the config report what is wrong with it, and the others run as they would without one.
     */
    private static @Nullable PgAddress configured(Path config) {
        if (!Files.isRegularFile(config)) {
            return null;
        }
        try {
            String url = ConfigLoader.load(config).storeUrl();
            return url == null ? null : PgAddress.parse(url);
        } catch (ConfigException e) {
            LOG.log(System.Logger.Level.DEBUG, "no store address from {0}: {1}", config, e.getMessage());
            return null;
        }
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

    Store openStore() {
        return postgres != null ? PostgresStore.open(postgres, System.getenv()) : SqliteStore.open(paths.store());
    }

    Store openShared() {
        return postgres != null ? PostgresStore.openShared(postgres, System.getenv())
                : SqliteStore.openShared(paths.store());
    }

    /** The store for reading only, without its lock; fails with a clear message when there is none yet. */
    Store openExisting() {
        return postgres != null ? PostgresStore.openReadOnly(postgres, System.getenv())
                : SqliteStore.openReadOnly(paths.store());
    }

    /**
     * The store's file, for the commands that work on a SQLite file itself (check, recover); a PostgreSQL database
     * is checked and backed up with PostgreSQL's own tools.
     */
    Path storeFile(String command) throws UsageException {
        if (postgres != null) {
            throw new UsageException("'" + command + "' works on a SQLite store file; " + postgres + " is a "
                    + "PostgreSQL database: use PostgreSQL's own tools (pg_amcheck, pg_dump)");
        }
        return paths.store();
    }

    /** The store as messages name it: its file, or its PostgreSQL address. */
    String storeName() {
        return postgres != null ? postgres.toString() : paths.store().toString();
    }

    /** Whether there is a store to read: a database server always has one; a file may not be made yet. */
    boolean hasStore() {
        return postgres != null || Files.exists(paths.store());
    }
}
