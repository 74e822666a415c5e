package wirewatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies what can still be read from a damaged store into a new one, table by table and row by row, never writing
 * to the damaged file. Rows are read in rowid order, so a damaged index does not matter; where a table's own pages
 * are damaged the copy skips ahead, by a growing stride, to the next row it can read, and rows in or next to the
 * damage are lost.
 */
public final class StoreRecovery {
    /** What was copied from one table: rows copied, stretches that could not be read, rows the new store refused. */
    public record TableCount(String table, long copied, int unreadable, long refused) {
    }

    private StoreRecovery() {
    }

    /** Copies {@code from} into a new store at {@code to}, which must not exist yet; returns the counts per table. */
    public static List<TableCount> recover(Path from, Path to) {
        if (!Files.exists(from)) {
            throw new StoreException(from + " does not exist; pass --db FILE");
        }
        if (Files.exists(to)) {
            throw new StoreException(to + " already exists; recover writes a new store: pass another OUT");
        }
        try (Connections source = new Connections(from, SqliteStore.readAccess(from))) {
            // Another program's file, or not SQLite at all, is refused before OUT is made.
            StoreIdentity.check(source.writer(), from.toString());
            List<String> tables = tables(source.writer());
            return copyInto(source, tables, to);
        } catch (SQLException e) {
            throw StoreErrors.translate(from.toString(), "reading it to recover", e);
        }
    }

    private static List<TableCount> copyInto(Connections source, List<String> tables, Path to) {
        try (SqliteStore target = SqliteStore.open(to)) {
            return target.connections().write("recovering into it", out -> {
                List<TableCount> counts = new ArrayList<>();
                for (String table : tables(out)) {
                    if (tables.contains(table)) {
                        counts.add(copy(source.writer(), out, table));
                    }
                }
                return counts;
            });
        }
    }

    private static TableCount copy(Connection in, Connection out, String table) throws SQLException {
        Set<String> columns = columns(out, table);
        columns.retainAll(columns(in, table));
        String list = String.join(", ", columns);
        String select = "SELECT rowid, " + list + " FROM " + table + " WHERE rowid > ? ORDER BY rowid";
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long after = Long.MIN_VALUE;
        long stride = 1;
        long copied = 0;
        long refused = 0;
        int unreadable = 0;
        out.setAutoCommit(false);
        try (PreparedStatement write = out.prepareStatement(insert)) {
            while (true) {
                // A statement that met damage is not reused: each attempt reads on a fresh one.
                try (PreparedStatement read = in.prepareStatement(select)) {
                    read.setLong(1, after);
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            after = rows.getLong(1);
                            stride = 1;
                            if (copyRow(rows, write, columns.size())) {
                                copied++;
                            } else {
                                refused++;
                            }
                        }
                    }
                    break;
                } catch (SQLException e) {
                    unreadable += stride == 1 ? 1 : 0;
                    if (after > Long.MAX_VALUE - stride) {
                        break;
                    }
                    after += stride;
                    stride = stride > Long.MAX_VALUE / 2 ? stride : stride * 2;
                }
            }
            out.commit();
        } catch (SQLException e) {
            out.rollback();
            throw e;
        } finally {
            out.setAutoCommit(true);
        }
        return new TableCount(table, copied, unreadable, refused);
    }

    /** Writes one row; false when the new store refuses it (a damaged value that breaks a constraint). */
    private static boolean copyRow(ResultSet rows, PreparedStatement write, int columns) throws SQLException {
        for (int i = 1; i <= columns; i++) {
            write.setObject(i, rows.getObject(i + 1));
        }
        try {
            write.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("CONSTRAINT")) {
                return false;
            }
            throw e;
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rootpage")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }
}
