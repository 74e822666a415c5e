package wirewatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a file passes before a handle uses it: it must be a wirewatch store or empty ({@link StoreIdentity}), of this
 * wirewatch's schema or an earlier one, and whole as far as the check at open goes ({@link Integrity}). Only then is
 * a writable file switched to WAL and migrated: a refused file is left byte for byte as it was.
 */
final class StoreGate {
    private StoreGate() {
    }

    /**
     * Checks what the file is and that it is whole before anything is written to it, then (when writable) turns on
     * WAL and brings the schema up to date.
     */
    static void admit(Connections db, Path file) {
        String name = file.toString();
        Connection connection = db.writer();
        try {
            StoreIdentity.check(connection, name);
            List<String> problems = Integrity.quickCheck(connection, file);
            if (!problems.isEmpty()) {
                throw StoreErrors.damaged(name, problems.get(0), null);
            }
            if (db.access().isWritable()) {
                try (Statement statement = connection.createStatement();
                     ResultSet mode = statement.executeQuery("PRAGMA journal_mode=WAL")) {
                    mode.next();
                }
                Schema.migrate(connection);
            } else if (Schema.version(connection) != Schema.MIGRATIONS.size()) {
                throw new SchemaBehindException(file + " has schema " + Schema.version(connection) + ", this wirewatch "
                        + "needs " + Schema.MIGRATIONS.size() + "; open it once writable (wirewatch tail --once) to "
                        + "migrate it");
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(name, "opening", e);
        }
    }
}
