package wirewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The moves every store query makes: prepare, bind the parameters in order, map the rows, close. An {@link Instant}
 * is bound as epoch milliseconds, the store's unit of time; {@code null} as SQL NULL.
 */
final class Sql {
    private Sql() {
    }

    /** Reads one row into a value; the result set is positioned on the row. */
    interface Row<T> {
        T map(ResultSet rows) throws SQLException;
    }

    static <T> List<T> list(Connection connection, String sql, Row<T> row, @Nullable Object... args)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, args); ResultSet rows = query.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.map(rows));
            }
            return found;
        }
    }

    static <T> Optional<T> first(Connection connection, String sql, Row<T> row, @Nullable Object... args)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, args); ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
        }
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    static int update(Connection connection, String sql, @Nullable Object... args) throws SQLException {
        try (PreparedStatement update = prepare(connection, sql, args)) {
            return update.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... args)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, args);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, @Nullable Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                statement.setLong(i + 1, instant.toEpochMilli());
            } else if (arg == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, arg);
            }
        }
    }

    static void setInstant(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    static @Nullable Instant instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
