package wirewatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import wirewatch.event.RevisionEvent;

/**
 * The store in one SQLite file (WAL mode). The process that opens it writable holds a lock on the file itself
 * ({@link StoreLock}), whatever path it is reached by; a second process gets {@link StoreLockedException} from
 * {@link #open}, or a read-only handle from {@link #openShared}. Opening refuses, before writing anything, a file that
 * is not a wirewatch store, one of a newer wirewatch, and a damaged one ({@link StoreGate}).
 * Thread-safe: writes are serialised on one connection, reads use a small pool.
 */
public final class SqliteStore extends SqlStore {
    private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());

    /**
     * A system property: the pid of the launcher this process is tethered to, set when it stops as soon as that
     * launcher is gone. A process waiting for the store's lock keeps waiting while the holder's launcher is gone.
     */
    public static final String TETHER = "wirewatch.parent";

    /** How long {@link #open} waits for another process's lock to go. */
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(2);
    private final Path file;
    // Swapped once, when a read-only handle takes the store over (see takeOver).
    private final Swappable db;
    private volatile @Nullable StoreLock lock;
    private StoreLock.@Nullable Claim claim;

    private SqliteStore(Path file, Swappable db, @Nullable StoreLock lock) {
        super(db, Dialect.SQLITE);
        this.file = file;
        this.db = db;
        this.lock = lock;
    }

    /**
     * Starts loading SQLite's native library on a background thread, so that opening a store later is quicker; so
     * does making a connection configuration there, as its date formats set up the JVM's calendar and locale data.
     */
    public static void prepare() {
        Thread thread = new Thread(() -> {
            try {
                SQLiteJDBCLoader.initialize();
                new SQLiteConfig();
            } catch (Exception e) {
                // Opening the store loads it again and reports what is wrong.
            }
        }, "sqlite-setup");
        thread.setDaemon(true);
        thread.start();
    }

    /** A store is a file: {@code --db} naming a folder gets the file it probably meant. */
    private static void refuseFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a store file; pass --db "
                    + file.resolve("wirewatch.db") + " to keep the store in it");
        }
    }

    /**
     * Opens the store for writing, creating the file and its folder; fails if another process writes to it. A lock
     * is waited for briefly, as a process that was just killed may take a moment to be gone.
     */
    public static SqliteStore open(Path file) {
        return open(file, 0);
    }

    /** Opens for writing on a store that cannot grow past {@code maxPages} pages, as on a full disk: for drills. */
    public static SqliteStore openFull(Path file, long maxPages) {
        return open(file, maxPages);
    }

    private static SqliteStore open(Path file, long maxPages) {
        refuseFolder(file);
        createParent(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isWritable(folder)) {
            throw new StoreException(file + " cannot be written (read-only folder " + folder + ", where SQLite keeps "
                    + "its WAL files); fix its permissions or pass --db FILE");
        }
        StoreLock lock = StoreLock.acquire(file, LOCK_PATIENCE).orElseThrow(() -> locked(file));
        return openLocked(file, lock, maxPages);
    }

    private static StoreLockedException locked(Path file) {
        return new StoreLockedException(file + " is locked by another wirewatch; stop it or pass --db FILE");
    }

    private static SqliteStore openLocked(Path file, StoreLock lock, long maxPages) {
        SqliteStore store;
        try {
            store = openWith(file, Access.WRITE, lock, maxPages);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        if (!lock.renew()) {
            store.close();
            throw locked(file);
        }
        return store;
    }

    /**
     * Opens for writing when it can, else read-only: beside the process that writes (as a second dashboard), or
     * when the file or its folder cannot be written. A holder that is on its way out (tethered to a launcher that
     * was killed) is waited for, so a restart writes.
     */
    public static SqliteStore openShared(Path file) {
        refuseFolder(file);
        if (Files.exists(file) && !canWrite(file)) {
            return openReadOnly(file);
        }
        createParent(file);
        Optional<StoreLock> lock = StoreLock.acquire(file, Duration.ZERO);
        return lock.isPresent() ? openLocked(file, lock.get(), 0) : openWith(file, Access.READ, null, 0);
    }

    /**
     * Opens an existing store for reading only, without its lock: for commands that only read. In a folder that
     * cannot be written, SQLite cannot make its WAL files, so the file is read as it stands (see {@link Access}).
     */
    public static SqliteStore openReadOnly(Path file) {
        refuseFolder(file);
        try {
            return openWith(file, readAccess(file), null, 0);
        } catch (SchemaBehindException e) {
            // A store of an earlier release: migrated once here, when it can be written and no one else writes it.
            Optional<StoreLock> lock = canWrite(file) ? StoreLock.tryAcquire(file) : Optional.empty();
            if (lock.isEmpty()) {
                throw e;
            }
            openLocked(file, lock.get(), 0).close();
            return openWith(file, readAccess(file), null, 0);
        }
    }

    static Access readAccess(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null || Files.isWritable(folder) ? Access.READ : Access.READ_FROZEN;
    }

    private static boolean canWrite(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return Files.isWritable(file) && (folder == null || Files.isWritable(folder));
    }

    private static SqliteStore openWith(Path file, Access access, @Nullable StoreLock lock, long maxPages) {
        if (!Files.exists(file)) {
            throw new StoreException(file + " does not exist yet; run 'wirewatch tail --once' first or pass "
                    + "--db FILE");
        }
        if (access.isWritable() && !Files.isWritable(file)) {
            throw new StoreException(file + " cannot be written (read-only file); fix its permissions or pass "
                    + "--db FILE");
        }
        Connections db;
        try {
            db = new Connections(file, access, maxPages);
        } catch (SQLException e) {
            throw StoreErrors.translate(file.toString(), "opening", e);
        }
        try {
            StoreGate.admit(db, file);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.log(System.Logger.Level.DEBUG, "opened store {0} ({1})", file, access);
        return new SqliteStore(file, new Swappable(db), lock);
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create folder " + parent + " for the store: " + e.getMessage()
                    + "; pass --db FILE", e);
        }
    }

    Connections connections() {
        return db.current();
    }

    public Path file() {
        return file;
    }

    /** The one poller of a SQLite file holds everything: its file lock keeps any other off. */
    @Override
    public Leases leases(Duration term, List<String> feeds, List<String> hooks) {
        return Leases.EVERYTHING;
    }

    @Override
    public boolean isWritable() {
        return lock != null;
    }

    /**
     * Makes a read-only handle the writer once the process that wrote lets the store go: true when this handle
     * writes (already, or from now on). Call it from the one thread that uses the handle, before any other thread
     * is given it; it does not wait. A file or folder that cannot be written never becomes writable.
     */
    @Override
    public synchronized boolean takeOver() {
        if (lock != null) {
            return true;
        }
        if (db.current().access() != Access.READ) {
            return false;
        }
        try {
            if (claim == null) {
                claim = new StoreLock.Claim(file);
            }
            Optional<StoreLock> got = claim.tryNow();
            if (got.isEmpty()) {
                return false;
            }
            claim = null;
            writeWith(got.get());
            return true;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot take the store over: " + e.getMessage(), e);
        }
    }

    /** Swaps the read-only connections for writing ones; SQLite closing the old ones may drop the lock, so renew. */
    private void writeWith(StoreLock held) {
        Connections writing = connect(Access.WRITE, held);
        try {
            StoreGate.admit(writing, file);
        } catch (RuntimeException e) {
            writing.close();
            held.close();
            throw e;
        }
        Connections reading = db.current();
        use(writing, held);
        reading.close();
        if (!held.renew()) {
            // Another process took the file in the moment between: this handle goes back to reading.
            use(connect(Access.READ, null), null);
            writing.close();
            held.close();
            throw locked(file);
        }
        LOG.log(System.Logger.Level.INFO, "took over writing {0}", file);
    }

    private Connections connect(Access access, @Nullable StoreLock held) {
        try {
            return new Connections(file, access, 0);
        } catch (SQLException e) {
            if (held != null) {
                held.close();
            }
            throw StoreErrors.translate(file.toString(), "taking over", e);
        }
    }

    private void use(Connections connections, @Nullable StoreLock held) {
        db.use(connections);
        lock = held;
    }

    /** None: a reader of a file looks at the last event's seq when it redraws. */
    @Override
    public ChangeFeed changes(ChangeFeed.Listener listener) {
        return ChangeFeed.NONE;
    }

    @Override
    public void close() {
        db.current().close();
        StoreLock held = lock;
        if (held != null) {
            held.close();
        }
        StoreLock.Claim waiting = claim;
        if (waiting != null) {
            try {
                waiting.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing " + file, e);
            }
        }
    }
}
