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
import wirewatch.event.ArticleRef;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.Mark;
import wirewatch.event.MatchEvent;
import wirewatch.feed.Article;

class SqliteStoreTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    @TempDir
    Path dir;

    private static Article article(String id, String title) {
        return new Article(id, "kyiv-wire", "guid-" + id, "http://127.0.0.1/" + id, title,
                "The Kremlin said it would study the ceasefire proposal.", T0, List.of("Olena Marchuk"));
    }

    private static MatchEvent matchEvent(String id, Article a) {
        return new MatchEvent(id, T0, "truce", new ArticleRef(a.id(), a.feed(), a.title(), a.url(), a.published()),
                List.of(), "the Kremlin said", List.of("kremlin"), List.of(new Mark(4, 11)), List.of());
    }

    @Test
    void committedArticleAndMatchReadBack() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            Article a = article("a1", "Kremlin to study truce");
            List<Store.Committed> committed = store.commit(new Batch()
                    .article(new Batch.ArticleWrite(a, "h1", "http://127.0.0.1/a1", T0, null, false))
                    .match(new Batch.MatchWrite("truce", "a1", T0, "the Kremlin said", List.of("kremlin"),
                            List.of(new Mark(4, 11)), List.of("other-wire")))
                    .event(matchEvent("e1", a), List.of("hook-a")));
            assertEquals(1, committed.size());
            assertEquals("Kremlin to study truce", store.article("a1").orElseThrow().article().title());
            List<MatchRow> rows = store.matches("truce", null, 0, 10);
            assertEquals(1, rows.size());
            assertEquals(List.of(new Mark(4, 11)), rows.get(0).marks());
            assertEquals(List.of("other-wire"), rows.get(0).also());
            assertTrue(store.isMatched("truce", "a1"));
            assertEquals(List.of(new WatchCount("truce", 1, 1)), store.watchCounts());
            assertEquals(1, store.pendingDeliveries("hook-a", T0, 10).size());
        }
    }

    @Test
    void sameEventIdIsNeverQueuedTwice() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            Article a = article("a1", "Kremlin to study truce");
            store.commit(new Batch().event(matchEvent("e1", a), List.of("hook-a")));
            List<Store.Committed> again = store.commit(new Batch().event(matchEvent("e1", a), List.of("hook-a")));
            assertTrue(again.isEmpty());
            assertEquals(1, store.pendingDeliveries("hook-a", T0, 10).size());
        }
    }

    @Test
    void deliveriesAreDoneOrFailedForGood() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            store.commit(new Batch()
                    .event(new FeedErrorEvent("f1", T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 500"),
                            List.of("h"))
                    .event(new FeedErrorEvent("f2", T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 502"),
                            List.of("h")));
            List<Delivery> due = store.pendingDeliveries("h", T0, 10);
            assertEquals(List.of("f1", "f2"), due.stream().map(Delivery::eventId).toList());
            store.deliveryDone("h", due.get(0).seq());
            store.deliveryFailed("h", due.get(1).seq(), "exit 3", null);
            assertTrue(store.pendingDeliveries("h", T0, 10).isEmpty());
            assertEquals("exit 3", store.failedDeliveries(10).get(0).lastError());
            assertEquals(1, store.counts().failedDeliveries());
        }
    }

    @Test
    void retryMakesFailedAndWaitingDeliveriesDueAndLeavesDoneOnes() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            Batch batch = new Batch();
            for (String id : List.of("f1", "f2", "f3")) {
                batch.event(new FeedErrorEvent(id, T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 500"), List.of("h"));
            }
            store.commit(batch);
            store.deliveryDone("h", 1);
            store.deliveryFailed("h", 2, "exit 3", null);
            store.deliveryFailed("h", 3, "exit 3", T0.plusSeconds(300));

            assertEquals(2, store.retryDeliveries("h"));

            List<Delivery> due = store.pendingDeliveries("h", T0, 10);
            assertEquals(List.of("f2", "f3"), due.stream().map(Delivery::eventId).toList());
            assertEquals(List.of(0, 1), due.stream().map(Delivery::attempts).toList());
            assertEquals(List.of(new HookBacklog("h", 2, 0, "f2", "feed_error", T0)), store.backlogs());
        }
    }

    @Test
    void feedStateSurvivesReopen() {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch().feedState(FeedState.fresh("kyiv-wire").polled("\"v7\"", "Thu, 13 Mar 2025",
                    T0, T0.plusSeconds(120), 200, 40).polled("\"v7\"", null, T0, T0.plusSeconds(120), 304, 0)));
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            FeedState state = store.feedState("kyiv-wire");
            assertEquals("\"v7\"", state.etag());
            assertEquals(T0.plusSeconds(120), state.nextPoll());
            assertEquals(304, state.lastStatus());
            assertEquals(40, state.items());
            assertEquals(2, state.polls());
            assertEquals(1, state.notModified());
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
                    .revision(new Batch.RevisionWrite("a1", T0, "[]")));
            StoredArticle stored = store.article("a1").orElseThrow();
            assertEquals(2, stored.version());
            assertEquals("h2", stored.contentHash());
            assertEquals(List.of("[]"), store.revisionsOf("a1"));
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
                    .statement(new Batch.StatementWrite("a1", null, "we will not sign this", "direct", 0, 21,
                            "g-1", "new", T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", "direct", 30,
                            49, "g-2", "new", T0)));
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
                    .statement(new Batch.StatementWrite("a1", null, "no comment", "direct", 60, 70, "g-3", "new",
                            T0)));
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
        assertEquals(6, Schema.MIGRATIONS.size());
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

    @Test
    void attributionNamesOnlyTheGroupsUnattributedStatements() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            store.commit(new Batch()
                    .article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1", null, T0, null,
                            false))
                    .statement(new Batch.StatementWrite("a1", null, "we need to study it", "direct", 0, 19,
                            "g-study", "new", T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it first",
                            "direct", 30, 55, "g-study", "variant", T0))
                    .statement(new Batch.StatementWrite("a1", null, "the talks will go on", "direct", 60, 80,
                            "g-talks", "new", T0)));
            store.commit(new Batch().attribute("g-study", "Dmitry Peskov"));
            List<String> speakers = store.statementsOf("a1").stream().map(StoredStatement::speaker)
                    .map(s -> s == null ? "absent" : s).toList();
            assertEquals(List.of("Dmitry Peskov", "Dmitry Peskov", "absent"), speakers);
        }
    }

    @Test
    void regroupMovesEveryStatementOfTheOldGroup() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            store.commit(new Batch()
                    .article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1", null, T0, null,
                            false))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", "direct", 0, 19,
                            "g-early", "new", T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "it needs careful study", "indirect",
                            30, 51, "g-late", "new", T0)));
            store.commit(new Batch().regroup("g-late", "g-early"));
            assertEquals(List.of("g-early", "g-early"),
                    store.statementsOf("a1").stream().map(StoredStatement::group).toList());
        }
    }

    @Test
    void groupReadsBackOldestRenderingFirst() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            store.commit(new Batch()
                    .article(new Batch.ArticleWrite(article("a1", "Kremlin to study truce"), "h1", null, T0, null,
                            false))
                    .article(new Batch.ArticleWrite(article("a2", "Moscow weighs truce"), "h2", null, T0, null,
                            false))
                    .statement(new Batch.StatementWrite("a2", "Dmitry Peskov", "we must study it first", "direct",
                            0, 22, "g-study", "variant", T0.plusSeconds(600)))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", "direct", 0, 19,
                            "g-study", "new", T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "no answer before Friday", "direct",
                            30, 53, "g-friday", "new", T0)));
            assertEquals(List.of("we need to study it", "we must study it first"),
                    store.statementsInGroup("g-study", 10).stream().map(StoredStatement::quote).toList());
        }
    }
}
