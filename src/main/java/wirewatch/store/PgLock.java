package wirewatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The writer's hold on a PostgreSQL store: a session advisory lock on a connection of its own, kept until
 * {@link #close}. PostgreSQL drops it when that session ends, so a killed writer never blocks a restart. Like
 * {@link StoreLock} for a file, it keeps a second poller (and its hook workers) off a database that one already
 * polls, until feeds are leased and deliveries claimed across processes.
 */
final class PgLock implements AutoCloseable {
    /** Not the migration lock's key: that one is taken per transaction on pooled connections while this is held. */
    private static final long WRITER_KEY = StoreIdentity.APPLICATION_ID + 1L;

    private final Connection session;

    private PgLock(Connection session) {
        this.session = session;
    }

    /** The lock if no other session holds it; absent otherwise. */
    static Optional<PgLock> tryAcquire(PgAddress address, @Nullable String password, PgDatabase errors) {
        Properties login = new Properties();
        login.setProperty("user", address.user());
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", "wirewatch writer");
        try {
            Connection session = DriverManager.getConnection(address.jdbcUrl(), login);
            try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, WRITER_KEY);
                try (ResultSet rows = lock.executeQuery()) {
                    if (rows.next() && rows.getBoolean(1)) {
                        return Optional.of(new PgLock(session));
                    }
                }
            } catch (SQLException e) {
                session.close();
                throw e;
            }
            session.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw errors.translate("taking the writer's lock", e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (SQLException e) {
            System.getLogger(PgLock.class.getName()).log(System.Logger.Level.WARNING, "releasing the writer's lock", e);
        }
    }
}
