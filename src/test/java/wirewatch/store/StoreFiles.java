package wirewatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** What a test sees of a store file from outside wirewatch: its bytes, its folder, what SQLite says of it. */
final class StoreFiles {
    private StoreFiles() {
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The names in the folder, sorted: shows any WAL, shared-memory or journal file SQLite left. */
    static List<String> folder(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs SQL on the file with plain JDBC, as another program would. */
    static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    static long longValue(Path file, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            return rows.getLong(1);
        }
    }
}
