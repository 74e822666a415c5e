package wirewatch.store;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The store in a PostgreSQL database, for several pollers and dashboards on one archive. The same roles and SQL as
 * {@link SqliteStore}, with the differences {@link Dialect} names; opening brings the schema up to date.
 * Thread-safe: connections come from a pool, and the server orders concurrent writes. One handle at a time polls
 * and runs hooks ({@link PgLock}); others read beside it. The password comes from {@code PGPASSWORD}, else the
 * driver reads {@code ~/.pgpass}.
 */
public final class PostgresStore extends SqlStore {
    private static final System.Logger LOG = System.getLogger(PostgresStore.class.getName());

    private final PgAddress address;
    private final PgDatabase db;
    private final @Nullable String password;
    private volatile @Nullable PgLock lock;

    private PostgresStore(PgAddress address, PgDatabase db, @Nullable String password, @Nullable PgLock lock) {
        super(db, Dialect.POSTGRESQL);
        this.address = address;
        this.db = db;
        this.password = password;
        this.lock = lock;
    }

    /**
     * Opens the store for writing, with the password from {@code env}'s {@code PGPASSWORD} or none (then
     * {@code ~/.pgpass}); fails with {@link StoreLockedException} if another wirewatch writes to it.
     */
    public static PostgresStore open(PgAddress address, Map<String, String> env) {
        return open(address, env, Access.WRITE);
    }

    /** Opens for writing when no other wirewatch writes to the store, else for reading, as a second dashboard. */
    public static PostgresStore openShared(PgAddress address, Map<String, String> env) {
        return open(address, env, null);
    }

    /** Opens for reading only, beside whoever writes: for commands that only read. */
    public static PostgresStore openReadOnly(PgAddress address, Map<String, String> env) {
        return open(address, env, Access.READ);
    }

    /** {@code access} null: write if the lock is free, else read. */
    private static PostgresStore open(PgAddress address, Map<String, String> env, @Nullable Access access) {
        String given = env.get("PGPASSWORD");
        String password = given == null || given.isEmpty() ? null : given;
        PgDatabase db = new PgDatabase(address, password);
        PgLock lock = null;
        try {
            db.write("migrating the schema", connection -> {
                PgSchema.migrate(connection, address);
                return null;
            });
            if (access != Access.READ) {
                lock = PgLock.tryAcquire(address, password, db).orElse(null);
                if (lock == null && access == Access.WRITE) {
                    throw new StoreLockedException(address + " is locked by another wirewatch; stop it or pass "
                            + "--db FILE|URL");
                }
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "opened store {0} ({1})", address, lock != null ? "writing" : "reading");
        return new PostgresStore(address, db, password, lock);
    }

    public PgAddress address() {
        return address;
    }

    @Override
    public synchronized boolean takeOver() {
        if (lock == null) {
            lock = PgLock.tryAcquire(address, password, db).orElse(null);
        }
        return lock != null;
    }

    /** Whether this handle holds the writer's lock; a reading handle may still mark matches seen. */
    @Override
    public boolean isWritable() {
        return lock != null;
    }

    /** Listens on a session of its own for each batch a writer commits; see {@link PgChangeFeed}. */
    @Override
    public ChangeFeed changes(ChangeFeed.Listener listener) {
        return PgChangeFeed.start(db, listener);
    }

    @Override
    public void close() {
        db.close();
        if (lock != null) {
            lock.close();
        }
    }
}
