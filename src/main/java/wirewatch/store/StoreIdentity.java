package wirewatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a wirewatch store from any other SQLite file before a byte is written to it. A store carries
 * {@link #APPLICATION_ID} in its header; a store of an earlier release, which set none, is known by its tables and
 * its schema version, and gets the id when it is next opened for writing.
 */
final class StoreIdentity {
    /** {@code PRAGMA application_id} of a wirewatch store: "WWst" in ASCII. */
    static final int APPLICATION_ID = 0x57577374;
    /** Tables every wirewatch store has had since the first release. */
    private static final Set<String> TABLES = Set.of("feed_state", "article", "watch_match", "statement",
            "revision", "alias", "event", "delivery");

    private StoreIdentity() {
    }

    /**
     * Refuses another program's database and a store of a newer wirewatch; reads only. What passes is an empty file
     * (wirewatch may make it a store) or a store, with the id or of a release before it.
     */
    static void check(Connection connection, String file) throws SQLException {
        int id = pragma(connection, "application_id");
        int version = Schema.version(connection);
        Set<String> tables = tables(connection);
        boolean earlierStore = id == 0 && version >= 1 && version <= Schema.MIGRATIONS.size()
                && tables.containsAll(TABLES);
        if (id == APPLICATION_ID || earlierStore) {
            if (version > Schema.MIGRATIONS.size()) {
                throw new StoreException(file + " was written by a newer wirewatch (schema " + version
                        + "); upgrade wirewatch or pass --db FILE");
            }
            return;
        }
        if (id == 0 && version == 0 && tables.isEmpty()) {
            return;
        }
        String what = id != 0 ? String.format("a SQLite database of another program, application_id 0x%08x", id)
                : !tables.isEmpty() ? "a SQLite database with other tables: " + String.join(", ", tables)
                : "a SQLite database with user_version " + version;
        throw new StoreException(file + " is not a wirewatch store (" + what + "); it was left as it is: pass "
                + "--db FILE to use another file");
    }

    static boolean isMarked(Connection connection) throws SQLException {
        return pragma(connection, "application_id") == APPLICATION_ID;
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Names in the schema besides SQLite's own, in order; any at all makes a file more than empty. */
    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                     + "ESCAPE '\\'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
