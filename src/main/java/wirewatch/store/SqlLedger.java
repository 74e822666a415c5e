package wirewatch.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventJson;

/** The writer's side of the store in SQL. */
final class SqlLedger implements Ledger {
    private final Database db;
    private final Dialect dialect;

    SqlLedger(Database db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public FeedState feedState(String feed) {
        return db.read("reading feed state", c -> Sql.first(c,
                "SELECT etag, last_modified, next_poll, last_polled, failures, last_error, last_status, items, "
                        + "polls, not_modified FROM feed_state WHERE feed = ?",
                rows -> new FeedState(feed, rows.getString("etag"), rows.getString("last_modified"),
                        Sql.instant(rows, "next_poll"), Sql.instant(rows, "last_polled"),
                        rows.getInt("failures"), rows.getString("last_error"), rows.getInt("last_status"),
                        rows.getInt("items"), rows.getLong("polls"), rows.getLong("not_modified")),
                feed).orElseGet(() -> FeedState.fresh(feed)));
    }

    @Override
    public Map<String, StoredArticle> articles(Collection<String> ids) {
        Map<String, StoredArticle> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            List<StoredArticle> rows = db.read("reading articles", c -> Sql.list(c,
                    "SELECT " + Rows.ARTICLE_COLUMNS + " FROM article WHERE id IN (" + marks + ")",
                    Rows::article, chunk.toArray()));
            rows.forEach(article -> found.put(article.article().id(), article));
        }
        return found;
    }

    @Override
    public Optional<String> articleByCanonicalUrl(String canonicalUrl) {
        return db.read("finding an article by URL", c -> Sql.first(c,
                "SELECT id FROM article WHERE canonical_url = ? ORDER BY first_seen LIMIT 1",
                rows -> rows.getString(1), canonicalUrl));
    }

    /**
     * On PostgreSQL: a session advisory lock per story, on a connection held for the work, taken in key order so
     * that two pollers locking overlapping stories never wait on each other in a cycle. Each key is the first 64
     * bits of the story's SHA-256; two stories sharing a key only wait for each other. All are taken by one query.
     */
    @Override
    public <T> T withStoriesLocked(Collection<String> stories, Supplier<T> work) {
        String lock = dialect.lockStories();
        if (lock == null || stories.isEmpty()) {
            return work.get();
        }
        String keys = stories.stream().mapToLong(SqlLedger::storyKey).distinct().sorted()
                .mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
        return db.write("locking stories", c -> {
            try {
                Sql.first(c, lock, rows -> true, keys);
                return work.get();
            } finally {
                Sql.first(c, "SELECT pg_advisory_unlock_all()", rows -> true);
            }
        });
    }

    private static long storyKey(String story) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(story.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public boolean isShared() {
        return dialect.lockStories() != null;
    }

    /** Walks the outbox's key; only the match events' JSON is read, for the article each names. */
    @Override
    public List<Logged> loggedAfter(long seq, int limit) {
        return db.read("reading events", c -> Sql.list(c,
                "SELECT seq, CASE WHEN type = 'match' THEN json ELSE '' END FROM event WHERE seq > ? ORDER BY seq "
                        + "LIMIT ?",
                rows -> new Logged(rows.getLong(1), Rows.matchedArticleId(rows.getString(2))), seq, limit));
    }

    @Override
    public List<StoredStatement> statementsAfter(long id, int limit) {
        return db.read("reading statements", c -> Sql.list(c, Rows.STATEMENT_ROWS
                + " WHERE s.id > ? ORDER BY s.id LIMIT ?", Rows::statement, id, limit));
    }

    @Override
    public long lastStatementId() {
        return db.read("reading statements", c -> Sql.first(c, "SELECT coalesce(max(id), 0) FROM statement",
                rows -> rows.getLong(1)).orElse(0L));
    }

    @Override
    public List<Committed> commit(Batch batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return db.write("saving a batch", connection -> {
            connection.setAutoCommit(false);
            try {
                checkLeases(connection, batch);
                List<Committed> committed = new BatchWriter(connection, dialect).write(batch);
                if (!committed.isEmpty()) {
                    dialect.announce(connection, committed.get(committed.size() - 1).seq());
                }
                connection.commit();
                return committed;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Throws, before anything is written, when the batch's poller lost any lease the batch is recorded under. */
    private void checkLeases(Connection connection, Batch batch) throws SQLException {
        Batch.LeaseClaim claim = batch.lease();
        String held = dialect.feedsHeld();
        if (claim == null || held == null || claim.feeds().isEmpty()) {
            return;
        }
        Set<String> holds = new HashSet<>(Sql.list(connection, held, rows -> rows.getString(1),
                EventJson.write(claim.feeds()), claim.holder()));
        List<String> lost = claim.feeds().stream().distinct().filter(feed -> !holds.contains(feed)).toList();
        if (!lost.isEmpty()) {
            throw new LeaseLostException(claim.holder(), lost);
        }
    }

    /**
     * Rolls back after a failure, keeping the failure as the error: SQLite has already rolled back by itself after
     * some errors (a full disk), and then the rollback's own complaint would hide the cause.
     */
    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean isMatched(String watch, String articleId) {
        return db.read("reading matches", c -> Sql.first(c,
                "SELECT 1 FROM watch_match WHERE watch = ? AND article_id = ?", rows -> true, watch, articleId)
                .isPresent());
    }

    @Override
    public List<StoredStatement> statementsBySpeaker(String speaker, int limit) {
        return db.read("reading statements", c -> Sql.list(c, Rows.STATEMENT_ROWS
                + " WHERE " + dialect.speakerIs() + " ORDER BY s.time DESC, s.id DESC LIMIT ?",
                Rows::statement, speaker, limit));
    }

    /** Statements whose article names no speaker, newest first; the speaker index holds them together. */
    @Override
    public List<StoredStatement> unattributedStatements(int limit) {
        return db.read("reading statements", c -> Sql.list(c, Rows.STATEMENT_ROWS
                + " WHERE s.speaker IS NULL ORDER BY s.time DESC, s.id DESC LIMIT ?", Rows::statement, limit));
    }

    @Override
    public Map<String, String> aliases() {
        return db.read("reading aliases", c -> {
            Map<String, String> found = new LinkedHashMap<>();
            for (String[] pair : Sql.list(c, "SELECT alias, canonical FROM alias",
                    rows -> new String[] {rows.getString(1), rows.getString(2)})) {
                found.put(pair[0], pair[1]);
            }
            return found;
        });
    }

    @Override
    public List<StoredArticle> dueRefetches(Instant now, int limit) {
        return db.read("reading re-fetches", c -> Sql.list(c, "SELECT " + Rows.ARTICLE_COLUMNS
                + " FROM article WHERE refetch_at IS NOT NULL AND refetch_at <= ? ORDER BY refetch_at LIMIT ?",
                Rows::article, now, limit));
    }

    @Override
    public void scheduleRefetch(String articleId, @Nullable Instant at, int step) {
        db.write("scheduling a re-fetch", c -> Sql.update(c,
                "UPDATE article SET refetch_at = ?, refetch_step = ? WHERE id = ?", at, step, articleId));
    }
}
