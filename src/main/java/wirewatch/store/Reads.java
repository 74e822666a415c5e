package wirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventJson;
import wirewatch.event.Mark;
import wirewatch.feed.Article;

/** The store's queries; every read runs on a pooled read connection. */
final class Reads {
    private static final String ARTICLE_COLUMNS = "id, feed, guid, url, title, body, published, authors, "
            + "first_seen, content_hash, version";
    private static final String STATEMENT_COLUMNS = "s.id, s.speaker, s.quote, s.kind, s.grp, s.change, s.time, "
            + "s.article_id, a.feed, a.title, a.url, a.published, s.removed";
    private static final String STATEMENT_ROWS = "SELECT " + STATEMENT_COLUMNS
            + " FROM statement s JOIN article a ON a.id = s.article_id";
    private static final ObjectMapper JSON = EventJson.mapper();

    private final Connections db;

    Reads(Connections db) {
        this.db = db;
    }

    FeedState feedState(String feed) {
        return db.read("reading feed state", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT etag, last_modified, next_poll, last_polled, failures, last_error, last_status, items, "
                            + "polls, not_modified FROM feed_state WHERE feed = ?")) {
                query.setString(1, feed);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return FeedState.fresh(feed);
                    }
                    return new FeedState(feed, rows.getString("etag"), rows.getString("last_modified"),
                            SqliteStore.instant(rows, "next_poll"), SqliteStore.instant(rows, "last_polled"),
                            rows.getInt("failures"), rows.getString("last_error"), rows.getInt("last_status"),
                            rows.getInt("items"), rows.getLong("polls"), rows.getLong("not_modified"));
                }
            }
        });
    }

    Map<String, StoredArticle> articles(Collection<String> ids) {
        Map<String, StoredArticle> found = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            db.read("reading articles", c -> {
                try (PreparedStatement query = c.prepareStatement(
                        "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            StoredArticle article = article(rows);
                            found.put(article.article().id(), article);
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    Optional<String> articleByCanonicalUrl(String canonicalUrl) {
        return db.read("finding an article by URL", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id FROM article WHERE canonical_url = ? ORDER BY first_seen LIMIT 1")) {
                query.setString(1, canonicalUrl);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    boolean isMatched(String watch, String articleId) {
        return db.read("reading matches", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT 1 FROM watch_match WHERE watch = ? AND article_id = ?")) {
                query.setString(1, watch);
                query.setString(2, articleId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    List<String> watchesOf(String articleId) {
        return db.read("reading matches", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT watch FROM watch_match WHERE article_id = ? ORDER BY watch")) {
                query.setString(1, articleId);
                List<String> watches = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        watches.add(rows.getString(1));
                    }
                }
                return watches;
            }
        });
    }

    List<StoredStatement> statements(@Nullable Collection<String> speakers, @Nullable String watch, int offset,
                                     int limit) {
        StringBuilder sql = new StringBuilder(STATEMENT_ROWS + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speakers != null) {
            // One parameter however many names: a JSON array read back as rows.
            sql.append(" AND s.speaker IN (SELECT value FROM json_each(?))");
            args.add(EventJson.write(List.copyOf(speakers)));
        }
        if (watch != null) {
            sql.append(" AND s.article_id IN (SELECT article_id FROM watch_match WHERE watch = ?)");
            args.add(watch);
        }
        sql.append(" ORDER BY s.time DESC, s.id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return statementRows(sql.toString(), args);
    }

    /** Statements whose article names no speaker, newest first; the speaker index holds them together. */
    List<StoredStatement> unattributedStatements(int limit) {
        return statementRows(STATEMENT_ROWS + " WHERE s.speaker IS NULL ORDER BY s.time DESC, s.id DESC LIMIT ?",
                List.of(limit));
    }

    List<StoredStatement> statementsBySpeaker(String speaker, int limit) {
        return statementRows(STATEMENT_ROWS + " WHERE s.speaker = ? COLLATE NOCASE ORDER BY s.time DESC, s.id DESC"
                + " LIMIT ?", List.of(speaker, limit));
    }

    List<StoredStatement> statementsOf(String articleId) {
        return statementRows(STATEMENT_ROWS + " WHERE s.article_id = ? ORDER BY s.start LIMIT 10000",
                List.of(articleId));
    }

    List<String> speakers() {
        return db.read("reading speakers", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT DISTINCT speaker FROM statement WHERE speaker IS NOT NULL");
                 ResultSet rows = query.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        });
    }

    List<StoredStatement> statementsInGroup(String group, int limit) {
        return statementRows(STATEMENT_ROWS + " WHERE s.grp = ? ORDER BY s.time, s.id LIMIT ?", List.of(group, limit));
    }

    private List<StoredStatement> statementRows(String sql, List<Object> args) {
        return db.read("reading statements", c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    query.setObject(i + 1, args.get(i));
                }
                List<StoredStatement> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new StoredStatement(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6),
                                Instant.ofEpochMilli(rows.getLong(7)), rows.getString(8), rows.getString(9),
                                rows.getString(10), rows.getString(11), SqliteStore.instant(rows, "published"),
                                SqliteStore.instant(rows, "removed")));
                    }
                }
                return found;
            }
        });
    }

    List<String> revisionsOf(String articleId) {
        return db.read("reading revisions", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT changes FROM revision WHERE article_id = ? ORDER BY time DESC, id DESC")) {
                query.setString(1, articleId);
                List<String> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            }
        });
    }

    Map<String, String> aliases() {
        return db.read("reading aliases", c -> {
            Map<String, String> found = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT alias, canonical FROM alias");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2));
                }
            }
            return found;
        });
    }

    List<WatchCount> watchCounts() {
        return db.read("counting matches", c -> {
            List<WatchCount> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT watch, count(*), sum(seen = 0) FROM watch_match GROUP BY watch ORDER BY watch");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new WatchCount(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                }
            }
            return found;
        });
    }

    List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit) {
        // Without a filter the page is chosen from the index first, so a deep OFFSET skips index entries only.
        String source = filter == null
                ? "(SELECT m0.* FROM watch_match m0 WHERE m0.rowid IN (SELECT rowid FROM watch_match WHERE watch = ? "
                        + "ORDER BY time DESC, article_id LIMIT ? OFFSET ?)) m"
                : "watch_match m";
        String sql = "SELECT m.watch, m.article_id, a.feed, a.title, a.url, a.published, m.time, m.snippet, "
                + "m.marks, m.also, m.seen, m.revised, m.new_statements FROM " + source
                + " JOIN article a ON a.id = m.article_id"
                + (filter == null ? " ORDER BY m.time DESC, m.article_id"
                        : " WHERE m.watch = ? AND (a.title LIKE ? ESCAPE '\\' OR a.feed LIKE ? ESCAPE '\\')"
                                + " ORDER BY m.time DESC, m.article_id LIMIT ? OFFSET ?");
        return db.read("reading matches", c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int i = 1;
                query.setString(i++, watch);
                if (filter != null) {
                    String like = "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    query.setString(i++, like);
                    query.setString(i++, like);
                }
                query.setInt(i++, limit);
                query.setInt(i, offset);
                List<MatchRow> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(matchRow(rows));
                    }
                }
                return found;
            }
        });
    }

    private static MatchRow matchRow(ResultSet rows) throws SQLException {
        return new MatchRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), SqliteStore.instant(rows, "published"), Instant.ofEpochMilli(rows.getLong(7)),
                rows.getString(8), marks(rows.getString(9)), strings(rows.getString(10)), rows.getInt(11) != 0,
                rows.getInt(12) != 0, rows.getInt(13) != 0);
    }

    void forEachArticle(Instant since, Consumer<StoredArticle> sink) {
        db.read("reading the archive", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM article WHERE sort_time >= ? ORDER BY sort_time DESC")) {
                query.setFetchSize(500);
                query.setLong(1, since.toEpochMilli());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(article(rows));
                    }
                }
            }
            return null;
        });
    }

    List<StoredArticle> dueRefetches(Instant now, int limit) {
        return db.read("reading re-fetches", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM article WHERE refetch_at IS NOT NULL AND refetch_at <= ? ORDER BY refetch_at LIMIT ?")) {
                query.setLong(1, now.toEpochMilli());
                query.setInt(2, limit);
                List<StoredArticle> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(article(rows));
                    }
                }
                return found;
            }
        });
    }

    List<Delivery> pendingDeliveries(String hook, Instant now, int limit) {
        return deliveries("d.hook = ? AND d.status = 'pending' AND d.next_attempt <= ? ORDER BY d.seq LIMIT ?",
                hook, now.toEpochMilli(), limit);
    }

    List<Delivery> failedDeliveries(int limit) {
        return deliveries("d.status = 'failed' ORDER BY d.seq DESC LIMIT ?", null, 0, limit);
    }

    private List<Delivery> deliveries(String where, @Nullable String hook, long now, int limit) {
        return db.read("reading the outbox", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT d.hook, d.seq, e.id, e.type, e.json, d.attempts, d.next_attempt, d.last_error "
                            + "FROM delivery d JOIN event e ON e.seq = d.seq WHERE " + where)) {
                int i = 1;
                if (hook != null) {
                    query.setString(i++, hook);
                    query.setLong(i++, now);
                }
                query.setInt(i, limit);
                List<Delivery> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long next = rows.getLong(7);
                        found.add(new Delivery(rows.getString(1), rows.getLong(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getInt(6),
                                next == 0 ? null : Instant.ofEpochMilli(next), rows.getString(8)));
                    }
                }
                return found;
            }
        });
    }

    List<HookBacklog> backlogs() {
        return db.read("reading the outbox", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT d.hook, sum(d.status = 'pending'), sum(d.status = 'failed'), min(d.seq) "
                            + "FROM delivery d WHERE d.status <> 'done' GROUP BY d.hook ORDER BY d.hook");
                 PreparedStatement oldest = c.prepareStatement("SELECT id, type, time FROM event WHERE seq = ?");
                 ResultSet rows = query.executeQuery()) {
                List<HookBacklog> found = new ArrayList<>();
                while (rows.next()) {
                    oldest.setLong(1, rows.getLong(4));
                    try (ResultSet event = oldest.executeQuery()) {
                        if (event.next()) {
                            found.add(new HookBacklog(rows.getString(1), rows.getInt(2), rows.getInt(3),
                                    event.getString(1), event.getString(2), Instant.ofEpochMilli(event.getLong(3))));
                        }
                    }
                }
                return found;
            }
        });
    }

    int pendingDeliveryCount() {
        return db.read("counting the outbox", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT count(*) FROM delivery WHERE status = 'pending'");
                 ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    List<Store.LoggedEvent> eventsAfter(long seq, int limit) {
        return db.read("reading events", c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT seq, id, type, watch, json FROM event WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, seq);
                query.setInt(2, limit);
                List<Store.LoggedEvent> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Store.LoggedEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5)));
                    }
                }
                return found;
            }
        });
    }

    long lastEventSeq() {
        return db.read("reading events", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM event");
                 ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    ArchiveCounts counts() {
        return db.read("counting", c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT (SELECT count(*) FROM article), "
                    + "(SELECT count(*) FROM watch_match), (SELECT count(*) FROM statement), "
                    + "(SELECT count(*) FROM delivery WHERE status = 'failed')");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return new ArchiveCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        });
    }

    private static StoredArticle article(ResultSet rows) throws SQLException {
        String authors = rows.getString("authors");
        Article article = new Article(rows.getString("id"), rows.getString("feed"), rows.getString("guid"),
                rows.getString("url"), rows.getString("title"), rows.getString("body"),
                SqliteStore.instant(rows, "published"),
                authors.isEmpty() ? List.of() : Arrays.asList(authors.split("\n")));
        return new StoredArticle(article, rows.getString("content_hash"),
                Instant.ofEpochMilli(rows.getLong("first_seen")), rows.getInt("version"));
    }

    private static List<Mark> marks(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<Mark>>() { });
        } catch (IOException e) {
            throw new SQLException("unreadable marks column: " + json, e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new SQLException("unreadable list column: " + json, e);
        }
    }
}
