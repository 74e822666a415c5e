package wirewatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The store in one SQLite file (WAL mode). The process that opens it writable holds a lock on the file itself
 * ({@link StoreLock}), whatever path it is reached by; a second process gets {@link StoreLockedException} from
 * {@link #open}, or a read-only handle from {@link #openShared}. Opening refuses, before writing anything, a file that
 * is not a wirewatch store, one of a newer wirewatch, and a damaged one ({@link StoreGate}).
 * Thread-safe: writes are serialised on one connection, reads use a small pool.
 */
public final class SqliteStore implements Store {
    private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());

    /**
     * A system property: the pid of the launcher this process is tethered to, set when it stops as soon as that
     * launcher is gone. A process waiting for the store's lock keeps waiting while the holder's launcher is gone.
     */
    public static final String TETHER = "wirewatch.parent";

    /** How long {@link #open} waits for another process's lock to go. */
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(2);
    private final Path file;
    // Replaced once, when a read-only handle takes the store over (see takeOver).
    private volatile Connections db;
    private volatile @Nullable StoreLock lock;
    private volatile Reads reads;
    private StoreLock.@Nullable Claim claim;

    private SqliteStore(Path file, Connections db, @Nullable StoreLock lock) {
        this.file = file;
        this.db = db;
        this.lock = lock;
        this.reads = new Reads(db);
    }

    /** Starts loading SQLite's native library on a background thread, so that opening a store later is quicker. */
    public static void prepare() {
        Thread thread = new Thread(() -> {
            try {
                SQLiteJDBCLoader.initialize();
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
        return new SqliteStore(file, db, lock);
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
        return db;
    }

    public Path file() {
        return file;
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
    public synchronized boolean takeOver() {
        if (lock != null) {
            return true;
        }
        if (db.access() != Access.READ) {
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
        Connections reading = db;
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
        db = connections;
        reads = new Reads(connections);
        lock = held;
    }

    @Override
    public FeedState feedState(String feed) {
        return reads.feedState(feed);
    }

    @Override
    public Map<String, StoredArticle> articles(Collection<String> ids) {
        return reads.articles(ids);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(reads.articles(List.of(id)).get(id));
    }

    @Override
    public Optional<String> articleByCanonicalUrl(String canonicalUrl) {
        return reads.articleByCanonicalUrl(canonicalUrl);
    }

    @Override
    public List<Committed> commit(Batch batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return db.write("saving a batch", connection -> {
            connection.setAutoCommit(false);
            try {
                List<Committed> committed = new BatchWriter(connection).write(batch);
                connection.commit();
                return committed;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Rolls back after a failure, keeping the failure as the error: SQLite has already rolled back by itself after
     * some errors (a full disk), and then the rollback's own complaint would hide the cause.
     */
    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean isMatched(String watch, String articleId) {
        return reads.isMatched(watch, articleId);
    }

    @Override
    public List<String> watchesOf(String articleId) {
        return reads.watchesOf(articleId);
    }

    @Override
    public List<StoredStatement> statementsBySpeaker(String speaker, int limit) {
        return reads.statementsBySpeaker(speaker, limit);
    }

    @Override
    public List<StoredStatement> unattributedStatements(int limit) {
        return reads.unattributedStatements(limit);
    }

    @Override
    public List<StoredStatement> statements(@Nullable Collection<String> speakers, @Nullable String watch,
                                            int offset, int limit) {
        return reads.statements(speakers, watch, offset, limit);
    }

    @Override
    public List<String> speakers() {
        return reads.speakers();
    }

    @Override
    public List<StoredStatement> statementsOf(String articleId) {
        return reads.statementsOf(articleId);
    }

    @Override
    public List<StoredStatement> statementsInGroup(String group, int limit) {
        return reads.statementsInGroup(group, limit);
    }

    @Override
    public List<String> revisionsOf(String articleId) {
        return reads.revisionsOf(articleId);
    }

    @Override
    public Map<String, String> aliases() {
        return reads.aliases();
    }

    @Override
    public List<WatchCount> watchCounts() {
        return reads.watchCounts();
    }

    @Override
    public List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit) {
        return reads.matches(watch, filter, offset, limit);
    }

    @Override
    public void markSeen(String watch, String articleId) {
        db.write("marking a match seen", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE watch_match SET seen = 1 WHERE watch = ? AND article_id = ?")) {
                update.setString(1, watch);
                update.setString(2, articleId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void forEachArticle(Instant since, Consumer<StoredArticle> sink) {
        reads.forEachArticle(since, sink);
    }

    @Override
    public List<StoredArticle> dueRefetches(Instant now, int limit) {
        return reads.dueRefetches(now, limit);
    }

    @Override
    public void scheduleRefetch(String articleId, @Nullable Instant at, int step) {
        db.write("scheduling a re-fetch", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE article SET refetch_at = ?, refetch_step = ? WHERE id = ?")) {
                setInstant(update, 1, at);
                update.setInt(2, step);
                update.setString(3, articleId);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<Delivery> pendingDeliveries(String hook, Instant now, int limit) {
        return reads.pendingDeliveries(hook, now, limit);
    }

    @Override
    public int pendingDeliveryCount() {
        return reads.pendingDeliveryCount();
    }

    @Override
    public void deliveryDone(String hook, long seq) {
        db.write("recording a delivery", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET status = 'done', attempts = attempts + 1, last_error = NULL "
                            + "WHERE hook = ? AND seq = ?")) {
                update.setString(1, hook);
                update.setLong(2, seq);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void deliveryFailed(String hook, long seq, String error, @Nullable Instant retryAt) {
        db.write("recording a failed delivery", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt = ? "
                            + "WHERE hook = ? AND seq = ?")) {
                update.setString(1, retryAt == null ? "failed" : "pending");
                update.setString(2, error);
                update.setLong(3, retryAt == null ? 0 : retryAt.toEpochMilli());
                update.setString(4, hook);
                update.setLong(5, seq);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<HookBacklog> backlogs() {
        return reads.backlogs();
    }

    @Override
    public int renameHook(String from, String to) {
        return db.write("renaming a hook in the outbox", connection -> {
            // A delivery the new key already has stays as it is; the old key's copy is dropped with the rest.
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE OR IGNORE delivery SET hook = ? WHERE hook = ?");
                 PreparedStatement rest = connection.prepareStatement("DELETE FROM delivery WHERE hook = ?")) {
                move.setString(1, to);
                move.setString(2, from);
                int moved = move.executeUpdate();
                rest.setString(1, from);
                rest.executeUpdate();
                return moved;
            }
        });
    }

    @Override
    public int retryDeliveries(@Nullable String hook) {
        return db.write("re-queueing deliveries", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET attempts = CASE WHEN status = 'failed' THEN 0 ELSE attempts END, "
                            + "status = 'pending', next_attempt = 0 "
                            + "WHERE (status = 'failed' OR status = 'pending' AND next_attempt > 0) "
                            + "AND (? IS NULL OR hook = ?)")) {
                update.setString(1, hook);
                update.setString(2, hook);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public int dropDeliveries(String hook) {
        return db.write("dropping deliveries", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM delivery WHERE hook = ? AND status <> 'done'")) {
                delete.setString(1, hook);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public List<Delivery> failedDeliveries(int limit) {
        return reads.failedDeliveries(limit);
    }

    @Override
    public List<LoggedEvent> eventsAfter(long seq, int limit) {
        return reads.eventsAfter(seq, limit);
    }

    @Override
    public long lastEventSeq() {
        return reads.lastEventSeq();
    }

    @Override
    public ArchiveCounts counts() {
        return reads.counts();
    }

    @Override
    public void close() {
        db.close();
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

    static void setInstant(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
