package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.Mark;
import wirewatch.feed.Article;

/** Seen is a fact about an article, kept across the watches that matched it and across upgrades. */
class SeenTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    @TempDir
    Path dir;

    private static void matched(Store store, String id, Instant at, String... watches) {
        Article a = new Article(id, "kyiv-wire", "guid-" + id, "http://127.0.0.1/" + id, "Truce " + id,
                "The Kremlin said it would study the ceasefire proposal.", at, List.of());
        Batch batch = new Batch().article(new Batch.ArticleWrite(a, "h-" + id, null, at, null, false));
        for (String watch : watches) {
            batch.match(new Batch.MatchWrite(watch, id, at, "the Kremlin said", List.of("kremlin"),
                    List.of(new Mark(4, 11)), List.of()));
        }
        store.commit(batch);
    }

    @Test
    void articleSeenUnderOneWatchIsSeenUnderEvery() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            matched(store, "a1", T0, "kremlin", "truce");
            store.markSeen("a1", true);
            assertTrue(store.matches("truce", null, 0, 10).get(0).seen());
            assertEquals(List.of(new WatchCount("kremlin", 1, 0), new WatchCount("truce", 1, 0)),
                    store.watchCounts());
            store.markSeen("a1", false);
            assertFalse(store.matches("kremlin", null, 0, 10).get(0).seen());
        }
    }

    @Test
    void anotherWatchMatchingASeenArticleLaterFindsItSeen() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            matched(store, "a1", T0, "truce");
            store.markSeen("a1", true);
            store.commit(new Batch().match(new Batch.MatchWrite("kremlin", "a1", T0, "the Kremlin said",
                    List.of("kremlin"), List.of(new Mark(4, 11)), List.of())));
            assertEquals(List.of(new WatchCount("kremlin", 1, 0), new WatchCount("truce", 1, 0)),
                    store.watchCounts());
        }
    }

    @Test
    void anArticleNoWatchMatchedKeepsNoSeenMark() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            matched(store, "a1", T0);
            assertFalse(store.markSeen("a1", true));
            assertEquals(Set.of(), store.seenAmong(List.of("a1")));
        }
    }

    @Test
    void markingAWatchSeenReachesItsArticlesUnderOtherWatches() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            matched(store, "a1", T0, "kremlin", "truce");
            matched(store, "a2", T0.plusSeconds(60), "truce");
            matched(store, "a3", T0.plusSeconds(120), "kremlin");
            assertEquals(2, store.markWatchSeen("truce"));
            assertEquals(List.of(new WatchCount("kremlin", 2, 1), new WatchCount("truce", 2, 0)),
                    store.watchCounts());
        }
    }

    @Test
    void revisedArticleBecomesUnseenAgain() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            matched(store, "a1", T0, "truce");
            store.markSeen("a1", true);
            store.commit(new Batch().revision(new Batch.RevisionWrite("a1", T0.plusSeconds(60), List.of())));
            assertFalse(store.matches("truce", null, 0, 10).get(0).seen());
        }
    }

    @Test
    void unseenMatchFindsTheNearestInEitherDirection() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            for (int i = 0; i < 5; i++) {
                matched(store, "a" + i, T0.plusSeconds(i), "truce");
            }
            store.markSeen("a3", true);
            store.markSeen("a1", true);
            // Newest first: a4 a3 a2 a1 a0, so positions 0 and 2 and 4 are unseen.
            assertEquals(OptionalInt.of(2), store.unseenMatch("truce", null, 1, true));
            assertEquals(OptionalInt.of(0), store.unseenMatch("truce", null, 1, false));
            assertEquals(OptionalInt.empty(), store.unseenMatch("truce", null, 5, true));
            assertEquals(OptionalInt.of(0), store.unseenMatch("truce", "a4", 0, true));
            assertEquals(OptionalInt.empty(), store.unseenMatch("truce", "a3", 0, true));
        }
    }

    @Test
    void upgradeKeepsWhatWasSeenUnderAnyWatch() throws SQLException {
        Path file = dir.resolve("old.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement sql = old.createStatement()) {
            // The five migrations before the one that spreads seen marks over an article's rows.
            int before = 5;
            for (String migration : Schema.MIGRATIONS.subList(0, before)) {
                for (String part : migration.split(";")) {
                    if (!part.isBlank()) {
                        sql.execute(part);
                    }
                }
            }
            sql.execute("PRAGMA user_version = " + before);
            for (String id : List.of("a1", "a2")) {
                sql.execute("INSERT INTO article (id, feed, guid, url, title, body, first_seen, sort_time, "
                        + "content_hash) VALUES ('" + id + "', 'kyiv-wire', 'g', 'http://127.0.0.1/', 'T', 'B', 0, 0, "
                        + "'h')");
            }
            sql.execute("INSERT INTO watch_match (watch, article_id, time, snippet, terms, marks, also, seen) VALUES "
                    + "('kremlin', 'a1', 0, 's', '[]', '[]', '[]', 1), ('truce', 'a1', 0, 's', '[]', '[]', '[]', 0), "
                    + "('truce', 'a2', 0, 's', '[]', '[]', '[]', 0)");
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertEquals(List.of(new WatchCount("kremlin", 1, 0), new WatchCount("truce", 2, 1)),
                    store.watchCounts());
        }
    }
}
