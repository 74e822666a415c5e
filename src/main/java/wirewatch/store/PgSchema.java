package wirewatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The migration history of {@link Schema#MIGRATIONS} applied to a PostgreSQL database, restated by
 * {@link Dialect#ddl}. A table {@code wirewatch_schema} records how many have run (SQLite's {@code user_version});
 * an advisory lock lets one process migrate while others starting at the same moment wait.
 */
final class PgSchema {
    /** The advisory lock's key: "WWst", the store's SQLite application id. */
    private static final long MIGRATION_LOCK = StoreIdentity.APPLICATION_ID;

    private PgSchema() {
    }

    static void migrate(Connection connection, PgAddress address) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            statement.execute("CREATE TABLE IF NOT EXISTS wirewatch_schema (version INTEGER NOT NULL)");
            int current = version(statement);
            if (current > Schema.MIGRATIONS.size()) {
                throw new StoreException(address + " has schema " + current + ", newer than this wirewatch's "
                        + Schema.MIGRATIONS.size() + "; run the newer wirewatch or pass another --db");
            }
            for (int i = current; i < Schema.MIGRATIONS.size(); i++) {
                for (String sql : Schema.MIGRATIONS.get(i).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(Dialect.POSTGRESQL.ddl(sql));
                    }
                }
            }
            statement.execute("DELETE FROM wirewatch_schema");
            statement.execute("INSERT INTO wirewatch_schema (version) VALUES (" + Schema.MIGRATIONS.size() + ")");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int version(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM wirewatch_schema")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
