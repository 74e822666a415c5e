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
 * cut short is not), and SQLite's {@code quick_check} runs for at most {@link #OPEN_BUDGET} steps (a step is a page
 * of a table or index walked, or one instruction of the row checks). SQLite checks the free list first, then each
 * table and index in schema order, so a small store is checked whole and a big one only as far as the budget goes.
 * {@code wirewatch store check} runs the full {@code integrity_check} without a budget.
 */
final class Integrity {
    /** About a tenth of a second of checking on a laptop: a store of a few tens of megabytes is checked whole. */
    static final long OPEN_BUDGET = 4_000_000;
    private static final int STEPS_PER_CALL = 1000;
    /** Problems listed at most, as SQLite words them. */
    private static final int MAX_PROBLEMS = 20;

    private Integrity() {
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
            return pragmaCheck(connection, "quick_check");
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_INTERRUPT) {
                System.getLogger(Integrity.class.getName()).log(System.Logger.Level.INFO,
                        "{0}: quick check stopped after {1} steps, nothing found so far", file, OPEN_BUDGET);
                return List.of();
            }
            throw e;
        } finally {
            ProgressHandler.clearHandler(connection);
        }
    }

    /** Every problem SQLite's full check finds (up to a limit); empty when the file is whole. */
    static List<String> fullCheck(Connection connection, Path file) throws SQLException {
        List<String> problems = new ArrayList<>(wholePages(connection, file));
        problems.addAll(pragmaCheck(connection, "integrity_check"));
        return problems;
    }

    private static List<String> pragmaCheck(Connection connection, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma + "(" + MAX_PROBLEMS + ")")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
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
