package wirewatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite connections of one store file: one writer, used under its own lock (SQLite has one writer), and a small
 * pool of readers that WAL lets run beside it. A connection is used by one thread at a time.
 */
final class Connections implements Database, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Connections.class.getName());
    /** Reads run on at most this many connections at once; more callers wait. */
    private static final int READERS = 4;

    private final String url;
    private final String file;
    private final Access access;
    private final long maxPages;
    private final Connection writer;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(READERS);
    private int opened;

    Connections(Path path, Access access) throws SQLException {
        this(path, access, 0);
    }

    /** With {@code maxPages} above 0, the file may not grow past that many pages: a disk that fills up. */
    Connections(Path path, Access access, long maxPages) throws SQLException {
        this.url = access == Access.READ_FROZEN
                ? "jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1" : "jdbc:sqlite:" + path;
        this.file = path.toString();
        this.access = access;
        this.maxPages = maxPages;
        this.writer = open(!access.isWritable());
    }

    private Connection open(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        if (!readOnly) {
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        if (maxPages > 0) {
            config.setPragma(SQLiteConfig.Pragma.MAX_PAGE_COUNT, String.valueOf(maxPages));
        }
        return config.createConnection(url);
    }

    /** The connection that writes; a read-only handle has one too, for the checks done at open. */
    Connection writer() {
        return writer;
    }

    Access access() {
        return access;
    }

    @Override
    public <T> T write(String doing, SqlWork<T> work) {
        if (!access.isWritable()) {
            throw new StoreException(file + " is open read-only (another wirewatch writes to it, or its folder "
                    + "cannot be written)");
        }
        synchronized (writer) {
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw StoreErrors.translate(file, doing, e);
            }
        }
    }

    @Override
    public <T> T read(String doing, SqlWork<T> work) {
        Connection connection = borrow(doing);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreErrors.translate(file, doing, e);
        } finally {
            idle.offer(connection);
        }
    }

    private Connection borrow(String doing) {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (this) {
            if (opened < READERS) {
                try {
                    Connection fresh = open(true);
                    opened++;
                    return fresh;
                } catch (SQLException e) {
                    throw StoreErrors.translate(file, doing, e);
                }
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while " + doing, e);
        }
    }

    /**
     * Closes the readers, then (when this handle writes) moves the WAL's pages into the file and empties the WAL, so
     * that the file alone holds every write: a copy of it is a whole store.
     */
    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            closeQuietly(connection);
        }
        synchronized (writer) {
            if (access.isWritable()) {
                checkpoint();
            }
            closeQuietly(writer);
        }
    }

    private void checkpoint() {
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            // One row: whether a reader kept the checkpoint from finishing, and the pages it moved.
            if (rows.next() && rows.getInt(1) != 0) {
                LOG.log(System.Logger.Level.WARNING, "{0}: a reader kept the WAL from being checkpointed", file);
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "checkpointing " + file + " at close", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing store", e);
        }
    }
}
