package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.RevisionEvent;
import wirewatch.feed.Article;
import wirewatch.statement.Diff;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/** What only a SQLite store does: its file, lock, checks and migrations. The shared contract is StoreContractTest. */
class SqliteStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    @TempDir
    Path dir;

    private static Article article(String id, String title) {
        return new Article(id, "kyiv-wire", "guid-" + id, "http://127.0.0.1/" + id, title,
                "The Kremlin said it would study the ceasefire proposal.", T0, List.of("Olena Marchuk"));
    }

    @Test
    void closedStoreIsWholeInItsFileAloneWithoutTheWal() throws Exception {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch().article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1",
                    null, T0, null, false)));
            // A read opens a reader connection; the last connection to close must not be a reader, which cannot
            // checkpoint.
            assertTrue(store.article("a1").isPresent());
        }
        Path copy = Files.createDirectory(dir.resolve("backup")).resolve("copy.db");
        Files.copy(file, copy);
        try (SqliteStore store = SqliteStore.openReadOnly(copy)) {
            assertEquals("Kremlin to study truce", store.article("a1").orElseThrow().article().title());
        }
    }

    @Test
    void secondWriterIsToldTheStoreIsLocked() {
        Path file = dir.resolve("w.db");
        try (SqliteStore first = SqliteStore.open(file)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> SqliteStore.open(file));
            assertTrue(e.getMessage().contains("locked by another wirewatch"), e.getMessage());
            try (SqliteStore second = SqliteStore.openShared(file)) {
                assertFalse(second.isWritable());
                assertTrue(second.watchCounts().isEmpty());
            }
        }
        try (SqliteStore again = SqliteStore.open(file)) {
            assertTrue(again.isWritable());
        }
    }

    @Test
    void textFileIsReportedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("w.db");
        byte[] junk = "this is a text file, not a wirewatch store\n".repeat(200).getBytes();
        Files.write(file, junk);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains("is not a SQLite database, so not a wirewatch store"), e.getMessage());
        assertArrayEquals(junk, Files.readAllBytes(file));
    }

    @Test
    void readOnlyFolderIsReportedClearly() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who ignores modes");
            StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(ro.resolve("w.db")));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void revisedArticleKeepsItsIdAndCountsAVersion() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            Article a = article("a1", "Kremlin to study truce");
            store.commit(new Batch().article(new Batch.ArticleWrite(a, "h1", null, T0, null, false)));
            store.commit(new Batch()
                    .article(new Batch.ArticleWrite(a.withTitle("UPDATED: Kremlin to study truce"), "h2", null, T0,
                            null, true))
                    .revision(new Batch.RevisionWrite("a1", T0, List.of())));
            StoredArticle stored = store.article("a1").orElseThrow();
            assertEquals(2, stored.version());
            assertEquals("h2", stored.contentHash());
            assertEquals(List.of(List.of()), store.revisionsOf("a1"));
        }
    }

    @Test
    void revisionsComeBackTypedAndAnUnreadableOneIsLeftOut() throws SQLException {
        Path file = dir.resolve("w.db");
        RevisionEvent.Change title = new RevisionEvent.Change("title", "Kremlin to study truce",
                "UPDATED: Kremlin to study truce", Diff.parse("{+UPDATED:+} Kremlin to study truce"));
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch().article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1",
                    null, T0, null, false)).revision(new Batch.RevisionWrite("a1", T0, List.of(title))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO revision (article_id, time, changes) VALUES ('a1', "
                    + T0.plusSeconds(60).toEpochMilli() + ", '[{\"field\":')");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertEquals(List.of(List.of(title)), store.revisionsOf("a1"));
        }
    }

    @Test
    void fullDiskFailsTheBatchWithAClearMessageAndKeepsWhatWasStored() {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch().article(new Batch.ArticleWrite(article("a0", "Kremlin to study truce"), "h0",
                    null, T0, null, false)));
        }
        try (SqliteStore store = SqliteStore.openFull(file, 40)) {
            StoreException e = assertThrows(StoreException.class, () -> {
                for (int i = 1; i < 10_000; i++) {
                    Article big = article("a" + i, "Dispatch " + i).withBody("The talks went on. ".repeat(400));
                    store.commit(new Batch().article(new Batch.ArticleWrite(big, "h" + i, null, T0, null, false)));
                }
            });
            assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertEquals("Kremlin to study truce", store.article("a0").orElseThrow().article().title());
        }
    }

    @Test
    void statementWithNoSpeakerIsStoredAsNullAndReadBackAbsent() throws Exception {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch()
                    .article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1", null, T0, null,
                            false))
                    .statement(new Batch.StatementWrite("a1", null, "we will not sign this", Statement.Kind.DIRECT, 0,
                            21, "g-1", Grouped.Change.NEW, T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it",
                            Statement.Kind.DIRECT, 30, 49, "g-2", Grouped.Change.NEW, T0)));
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            StoredStatement unattributed = store.statementsOf("a1").get(0);
            assertNull(unattributed.speaker());
            assertEquals(List.of("we will not sign this"),
                    store.unattributedStatements(10).stream().map(StoredStatement::quote).toList());
            assertEquals(1, store.statementsBySpeaker("Dmitry Peskov", 10).size());
        }
        assertEquals(List.of("NULL", "Dmitry Peskov"), speakerColumn(file));
    }

    /**
     * A store as an earlier release left it: the first {@code migrations} migrations run, an article, and two
     * statements, the first with the placeholder speaker 'unknown' those releases wrote for no one.
     */
    private static void olderStore(Path file, int migrations) throws SQLException {
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = old.createStatement()) {
            for (String migration : Schema.MIGRATIONS.subList(0, migrations)) {
                for (String part : migration.split(";")) {
                    if (!part.isBlank()) {
                        sql.execute(part);
                    }
                }
            }
            sql.execute("PRAGMA user_version = " + migrations);
            sql.execute("INSERT INTO article (id, feed, guid, url, title, body, first_seen, sort_time, content_hash) "
                    + "VALUES ('a1', 'kyiv-wire', 'g', 'http://127.0.0.1/a1', 'Truce', 'Text', 0, 0, 'h')");
            sql.execute("INSERT INTO statement (article_id, speaker, quote, kind, start, end, grp, change, time) "
                    + "VALUES ('a1', 'unknown', 'we will not sign this', 'direct', 0, 21, 'g-1', 'new', 1), "
                    + "('a1', 'Dmitry Peskov', 'we need to study it', 'direct', 30, 49, 'g-2', 'new', 2)");
        }
    }

    @Test
    void openingAStoreOfThreeMigrationsAddsRemovalsAndTurnsThePlaceholderSpeakerIntoNull() throws Exception {
        Path file = dir.resolve("old.db");
        olderStore(file, 3);
        try (SqliteStore store = SqliteStore.open(file)) {
            assertEquals(List.of("we will not sign this"),
                    store.unattributedStatements(10).stream().map(StoredStatement::quote).toList());
            assertTrue(store.statementsBySpeaker("unknown", 10).isEmpty());
            assertEquals("Dmitry Peskov", store.statementsOf("a1").get(1).speaker());
            assertFalse(store.statementsOf("a1").stream().anyMatch(StoredStatement::isRemoved));
            // Both columns as the new migrations left them: a removal is kept, a statement may name no one.
            long id = store.statementsOf("a1").get(0).id();
            store.commit(new Batch().removal(id, T0)
                    .statement(new Batch.StatementWrite("a1", null, "no comment", Statement.Kind.DIRECT, 60, 70, "g-3",
                            Grouped.Change.NEW, T0)));
            assertEquals(T0, store.statementsOf("a1").get(0).removed());
            assertNull(store.statementsOf("a1").get(2).speaker());
        }
        assertEquals(List.of("NULL", "Dmitry Peskov", "NULL"), speakerColumn(file));
        assertEquals(Schema.MIGRATIONS.size(), userVersion(file));
        assertEquals(statementSchema(dir.resolve("fresh.db")), statementSchema(file));
    }

    @Test
    void openingAStoreOfFourMigrationsKeepsRemovalsAndTurnsThePlaceholderSpeakerIntoNull() throws Exception {
        Path file = dir.resolve("old.db");
        olderStore(file, 4);
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = old.createStatement()) {
            sql.execute("UPDATE statement SET removed = " + T0.toEpochMilli() + " WHERE speaker = 'unknown'");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            List<StoredStatement> statements = store.statementsOf("a1");
            assertNull(statements.get(0).speaker());
            assertEquals(T0, statements.get(0).removed());
            assertEquals("Dmitry Peskov", statements.get(1).speaker());
            assertNull(statements.get(1).removed());
            assertEquals(List.of("Dmitry Peskov"), store.speakers());
        }
        assertEquals(List.of("NULL", "Dmitry Peskov"), speakerColumn(file));
        assertEquals(Schema.MIGRATIONS.size(), userVersion(file));
        assertEquals(statementSchema(dir.resolve("fresh.db")), statementSchema(file));
    }

    @Test
    void freshStoreHasTheStatementTableWithEveryIndex() throws Exception {
        Path file = dir.resolve("fresh.db");
        List<String> schema = statementSchema(file);
        assertEquals(List.of("index statement_article", "index statement_group", "index statement_speaker",
                "index statement_time", "table statement"), schema.stream().map(s -> s.split("\\|")[0]).toList());
        assertTrue(schema.get(4).contains("removed INTEGER"), schema.get(4));
        assertTrue(schema.get(4).contains("speaker TEXT,"), schema.get(4));
        assertEquals(8, Schema.MIGRATIONS.size());
    }

    private static int userVersion(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    /** The statement table and its indexes as SQLite describes them (opening the store first), by name. */
    private static List<String> statementSchema(Path file) throws SQLException {
        SqliteStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT type, name, sql FROM sqlite_master "
                     + "WHERE tbl_name = 'statement' ORDER BY type, name")) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1) + " " + rows.getString(2) + "|" + rows.getString(3));
            }
            return out;
        }
    }

    /** The speaker column as SQLite holds it, in text order, with NULL spelt out. */
    private static List<String> speakerColumn(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT quote(speaker) FROM statement ORDER BY start")) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                String quoted = rows.getString(1);
                out.add(quoted.startsWith("'") ? quoted.substring(1, quoted.length() - 1) : quoted);
            }
            return out;
        }
    }
}
