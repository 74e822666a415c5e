package wirewatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whether a store file is whole. Every open runs a bounded check: the file must be a whole number of pages (a file
 * cut short is not), then SQLite's {@code quick_check} runs for at most {@link #OPEN_BUDGET} steps. SQLite counts a
 * step for each page it walks while it checks the structure of every table and index (the part that finds pages
 * written over), then one for each instruction of its row checks. So the structure of a store up to about 40 MB
 * (10,000 pages of 4 KB) is checked whole at every open, in a few tens of milliseconds; in a bigger store the walk
 * stops there, in schema order (tables and indexes by creation), and the rest goes unchecked until
 * {@code wirewatch store check}, which runs the full {@code integrity_check} without a budget.
 */
public final class Integrity {
    /** Steps the check at open may take: pages walked, then row-check instructions. */
    static final long OPEN_BUDGET = 10_000;
    private static final int STEPS_PER_CALL = 1000;
    /** Problems listed at most, as SQLite words them. */
    private static final int MAX_PROBLEMS = 20;

    private Integrity() {
    }

    /**
     * Checks a store file in full, read-only, and returns the problems found, in SQLite's words; empty when the
     * file is whole. A file that is not a wirewatch store is one problem.
     */
    public static List<String> check(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException(file + " does not exist; pass --db FILE");
        }
        try (Connections db = new Connections(file, SqliteStore.readAccess(file))) {
            try {
                StoreIdentity.check(db.writer(), file.toString());
            } catch (StoreException e) {
                return List.of(e.getMessage());
            }
            return fullCheck(db.writer(), file);
        } catch (SQLException e) {
            return List.of(StoreErrors.translate(file.toString(), "checking", e).getMessage());
        }
    }

    /** The problems a bounded check finds; empty when it finds none in what it has time to check. */
    static List<String> quickCheck(Connection connection, Path file) throws SQLException {
        List<String> problems = new ArrayList<>(wholePages(connection, file));
        if (!problems.isEmpty()) {
            return problems;
        }
        long[] calls = {0};
        ProgressHandler.setHandler(connection, STEPS_PER_CALL, new ProgressHandler() {
            @Override
            protected int progress() {
                return ++calls[0] * STEPS_PER_CALL > OPEN_BUDGET ? 1 : 0;
            }
        });
        try {
            pragmaCheck(connection, "quick_check", problems);
        } finally {
            ProgressHandler.clearHandler(connection);
        }
        return problems;
    }

    private static List<String> fullCheck(Connection connection, Path file) throws SQLException {
        List<String> problems = new ArrayList<>(wholePages(connection, file));
        pragmaCheck(connection, "integrity_check", problems);
        return problems;
    }

    /**
     * Adds the problems SQLite reports, as it reports them: a check that runs out of budget keeps what it found so
     * far, and damage bad enough to stop the check is a problem too.
     */
    private static void pragmaCheck(Connection connection, String pragma, List<String> problems)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(" + MAX_PROBLEMS + ")")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line.replace("*** in database main ***\n", ""));
                }
            }
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT) {
                System.getLogger(Integrity.class.getName()).log(System.Logger.Level.DEBUG,
                        "quick check stopped after {0} steps", OPEN_BUDGET);
            } else if (e.getResultCode().name().startsWith("SQLITE_CORRUPT")) {
                problems.add("SQLite stopped checking: " + e.getMessage());
            } else {
                throw e;
            }
        }
    }

    /** A database file is whole pages; one that is not was cut short or written over at its end. */
    private static List<String> wholePages(Connection connection, Path file) throws SQLException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read its size: " + e.getMessage(), e);
        }
        int pageSize;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA page_size")) {
            pageSize = rows.next() ? rows.getInt(1) : 0;
        }
        if (pageSize > 0 && size % pageSize != 0) {
            return List.of("the file is " + size + " bytes, not a whole number of " + pageSize
                    + "-byte pages: it was cut short");
        }
        return List.of();
    }
}
