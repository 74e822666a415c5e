package wirewatch.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventJson;
import wirewatch.event.RevisionEvent;

/** The dashboard's read model in SQL. */
final class SqlReadModel implements ReadModel {
    private static final System.Logger LOG = System.getLogger(SqlReadModel.class.getName());
    private final Database db;
    private final Dialect dialect;

    SqlReadModel(Database db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return db.read("reading articles", c -> Sql.first(c,
                "SELECT " + Rows.ARTICLE_COLUMNS + " FROM article WHERE id = ?", Rows::article, id));
    }

    @Override
    public List<String> watchesOf(String articleId) {
        return db.read("reading matches", c -> Sql.list(c,
                "SELECT watch FROM watch_match WHERE article_id = ? ORDER BY watch", rows -> rows.getString(1),
                articleId));
    }

    @Override
    public List<StoredStatement> statements(@Nullable Collection<String> speakers, @Nullable String watch,
                                            int offset, int limit) {
        StringBuilder sql = new StringBuilder(Rows.STATEMENT_ROWS + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speakers != null) {
            // One parameter however many names: a JSON array read back as rows.
            sql.append(" AND ").append(dialect.speakerInJsonArray());
            args.add(EventJson.write(List.copyOf(speakers)));
        }
        if (watch != null) {
            sql.append(" AND s.article_id IN (SELECT article_id FROM watch_match WHERE watch = ?)");
            args.add(watch);
        }
        sql.append(" ORDER BY s.time DESC, s.id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return db.read("reading statements", c -> Sql.list(c, sql.toString(), Rows::statement, args.toArray()));
    }

    @Override
    public List<String> speakers() {
        return db.read("reading speakers", c -> Sql.list(c,
                "SELECT DISTINCT speaker FROM statement WHERE speaker IS NOT NULL", rows -> rows.getString(1)));
    }

    @Override
    public List<StoredStatement> statementsOf(String articleId) {
        return db.read("reading statements", c -> Sql.list(c,
                Rows.STATEMENT_ROWS + " WHERE s.article_id = ? ORDER BY s.start LIMIT 10000", Rows::statement,
                articleId));
    }

    @Override
    public List<StoredStatement> statementsInGroup(String group, int limit) {
        return db.read("reading statements", c -> Sql.list(c,
                Rows.STATEMENT_ROWS + " WHERE s.grp = ? ORDER BY s.time, s.id LIMIT ?", Rows::statement, group,
                limit));
    }

    @Override
    public List<List<RevisionEvent.Change>> revisionsOf(String articleId) {
        List<String> rows = db.read("reading revisions", c -> Sql.list(c,
                "SELECT changes FROM revision WHERE article_id = ? ORDER BY time DESC, id DESC",
                row -> row.getString(1), articleId));
        List<List<RevisionEvent.Change>> found = new ArrayList<>();
        rows.forEach(json -> changes(articleId, json).ifPresent(found::add));
        return found;
    }

    /** One revision's changes; a row no one can read is logged and left out, so the others still show. */
    private static Optional<List<RevisionEvent.Change>> changes(String articleId, String json) {
        try {
            return Optional.of(List.of(EventJson.mapper().readValue(json, RevisionEvent.Change[].class)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable revision of article " + articleId, e);
            return Optional.empty();
        }
    }

    @Override
    public List<WatchCount> watchCounts() {
        return db.read("counting matches", c -> Sql.list(c,
                "SELECT watch, count(*), sum(CASE WHEN seen = 0 THEN 1 ELSE 0 END) FROM watch_match "
                        + "GROUP BY watch ORDER BY watch",
                rows -> new WatchCount(rows.getString(1), rows.getInt(2), rows.getInt(3))));
    }

    @Override
    public List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit) {
        // Without a filter the page is chosen from the index first, so a deep OFFSET skips index entries only.
        String source = filter == null ? dialect.matchPage() : "watch_match m";
        String sql = "SELECT m.watch, m.article_id, a.feed, a.title, a.url, a.published, m.time, m.snippet, "
                + "m.marks, m.also, m.seen, m.revised, m.new_statements FROM " + source
                + " JOIN article a ON a.id = m.article_id"
                + (filter == null ? " ORDER BY m.time DESC, m.article_id"
                        : " WHERE m.watch = ?" + titleOrFeed(dialect)
                                + " ORDER BY m.time DESC, m.article_id LIMIT ? OFFSET ?");
        Object[] args = filter == null ? new Object[] {watch, limit, offset}
                : new Object[] {watch, like(filter), like(filter), limit, offset};
        return db.read("reading matches", c -> Sql.list(c, sql, SqlReadModel::matchRow, args));
    }

    @Override
    public int matchCount(String watch, String filter) {
        return db.read("counting filtered matches", c -> Sql.first(c, "SELECT count(*) FROM watch_match m "
                + "JOIN article a ON a.id = m.article_id WHERE m.watch = ?" + titleOrFeed(dialect),
                rows -> rows.getInt(1), watch, like(filter), like(filter)).orElse(0));
    }

    /** A match list's filter, bound (pattern, pattern): the text in the article's title or outlet. */
    static String titleOrFeed(Dialect dialect) {
        String like = dialect.like();
        return " AND (a.title " + like + " ? ESCAPE '\\' OR a.feed " + like + " ? ESCAPE '\\')";
    }

    /** A LIKE pattern finding {@code text} anywhere, with LIKE's wildcards in it taken literally. */
    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static MatchRow matchRow(ResultSet rows) throws SQLException {
        return new MatchRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), Sql.instant(rows, "published"), Instant.ofEpochMilli(rows.getLong(7)),
                rows.getString(8), Rows.marks(rows.getString(9)), Rows.strings(rows.getString(10)),
                rows.getInt(11) != 0, rows.getInt(12) != 0, rows.getInt(13) != 0);
    }
}
