package wirewatch.store;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The store in a PostgreSQL database, for several pollers and dashboards on one archive. The same roles and SQL as
 * {@link SqliteStore}, with the differences {@link Dialect} names; opening brings the schema up to date.
 * Thread-safe: connections come from a pool, and the server orders concurrent writers. The password comes from
 * {@code PGPASSWORD}, else the driver reads {@code ~/.pgpass}.
 */
public final class PostgresStore extends SqlStore {
    private static final System.Logger LOG = System.getLogger(PostgresStore.class.getName());

    private final PgAddress address;
    private final PgDatabase db;

    private PostgresStore(PgAddress address, PgDatabase db) {
        super(db, Dialect.POSTGRESQL);
        this.address = address;
        this.db = db;
    }

    /** Connects with the password from {@code env}'s {@code PGPASSWORD}, or none (then {@code ~/.pgpass}). */
    public static PostgresStore open(PgAddress address, Map<String, String> env) {
        @Nullable String password = env.get("PGPASSWORD");
        PgDatabase db = new PgDatabase(address, password == null || password.isEmpty() ? null : password);
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
        return new PostgresStore(address, db);
    }

    public PgAddress address() {
        return address;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public void close() {
        db.close();
    }
}
