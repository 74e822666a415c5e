package wirewatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A pool of connections to one PostgreSQL database. The server orders concurrent writers itself, so a write is a
 * pooled connection like a read; a batch is one transaction on one connection.
 */
final class PgDatabase implements Database, AutoCloseable {
    /** Connections at most: a poller's writer, its hook workers and a dashboard's readers. */
    private static final int POOL_SIZE = 6;
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final PgAddress address;
    private final @Nullable String password;
    private final HikariDataSource pool;

    PgDatabase(PgAddress address, @Nullable String password) {
        this(address, password, "store-pg", POOL_SIZE);
    }

    /** A pool of its own name and size: the leases' keeper has one connection that polling never waits behind. */
    PgDatabase(PgAddress address, @Nullable String password, String name, int size) {
        this.address = address;
        this.password = password;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.addDataSourceProperty("ApplicationName", "wirewatch");
        try {
            this.pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw e.getCause() instanceof SQLException sql ? translate("connecting", sql)
                    : new StoreException(address + ": cannot connect: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T read(String doing, SqlWork<T> work) {
        return run(doing, work);
    }

    @Override
    public <T> T write(String doing, SqlWork<T> work) {
        return run(doing, work);
    }

    private <T> T run(String doing, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(doing, e);
        }
    }

    /**
     * A connection of its own, outside the pool, for a session that lasts (listening for news); the server lists it
     * under {@code applicationName}. TCP keepalive finds a peer that went away without a word.
     */
    Connection session(String applicationName) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", address.user());
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", applicationName);
        login.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(address.jdbcUrl(), login);
    }

    PgAddress address() {
        return address;
    }

    /** A one-line message naming the database, what was being done, and for the usual faults the fix. */
    StoreException translate(String doing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message;
        if (state.startsWith("08")) {
            message = address + ": cannot reach PostgreSQL while " + doing + " (" + e.getMessage() + "); start it "
                    + "or fix the store address";
        } else if (state.equals("28P01") || state.equals("28000")) {
            message = address + ": PostgreSQL refused the login while " + doing + " (" + e.getMessage() + "); put "
                    + "the password in PGPASSWORD or ~/.pgpass";
        } else if (state.equals("3D000")) {
            message = address + ": no such database; create it (createdb " + address.database() + ") or fix the "
                    + "store address";
        } else if (state.equals("53100")) {
            message = address + ": disk full while " + doing + "; free some space (nothing was lost)";
        } else {
            message = address + ": store failure while " + doing + ": " + e.getMessage();
        }
        return new StoreException(message, e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
