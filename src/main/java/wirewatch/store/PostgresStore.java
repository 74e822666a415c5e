package wirewatch.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The store in a PostgreSQL database, for several pollers and dashboards on one archive. The same roles and SQL as
 * {@link SqliteStore}, with the differences {@link Dialect} names; opening brings the schema up to date.
 * Thread-safe: connections come from a pool, and the server orders concurrent writes. Any number of handles write
 * at once: pollers split the feeds and the hooks' lanes between them by {@link #leases}, and dashboards read beside
 * them. The password comes from {@code PGPASSWORD}, else the driver reads {@code ~/.pgpass}.
 */
public final class PostgresStore extends SqlStore {
    private static final System.Logger LOG = System.getLogger(PostgresStore.class.getName());

    private final PgAddress address;
    private final PgDatabase db;
    private final @Nullable String password;

    private PostgresStore(PgAddress address, PgDatabase db, @Nullable String password) {
        super(db, Dialect.POSTGRESQL);
        this.address = address;
        this.db = db;
        this.password = password;
    }

    /**
     * Opens the store, with the password from {@code env}'s {@code PGPASSWORD} or none (then {@code ~/.pgpass}),
     * beside any other wirewatch on it.
     */
    public static PostgresStore open(PgAddress address, Map<String, String> env) {
        String given = env.get("PGPASSWORD");
        String password = given == null || given.isEmpty() ? null : given;
        PgDatabase db = new PgDatabase(address, password);
        try {
            db.write("migrating the schema", connection -> {
                PgSchema.migrate(connection, address);
                return null;
            });
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "opened store {0}", address);
        return new PostgresStore(address, db, password);
    }

    /** {@link #open}: several pollers and dashboards share a PostgreSQL store, so a second one writes too. */
    public static PostgresStore openShared(PgAddress address, Map<String, String> env) {
        return open(address, env);
    }

    /** {@link #open}, for commands that only read. */
    public static PostgresStore openReadOnly(PgAddress address, Map<String, String> env) {
        return open(address, env);
    }

    public PgAddress address() {
        return address;
    }

    /** Every handle writes already: there is nothing to take over. */
    @Override
    public boolean takeOver() {
        return true;
    }

    /** Every handle writes: what two pollers would both do is split between them by their leases. */
    @Override
    public boolean isWritable() {
        return true;
    }

    /**
     * Leases kept over a connection of their own: a renewal that waited for a pooled connection behind busy fetch
     * threads could come after the term, and another poller would take the feeds this one is polling.
     */
    @Override
    public Leases leases(Duration term, List<String> feeds, List<String> hooks) {
        return new PgLeases(new PgDatabase(address, password, "store-pg-leases", 1), term, feeds, hooks);
    }

    /** Listens on a session of its own for each batch a writer commits; see {@link PgChangeFeed}. */
    @Override
    public ChangeFeed changes(ChangeFeed.Listener listener) {
        return PgChangeFeed.start(db, listener);
    }

    @Override
    public void close() {
        db.close();
    }
}
