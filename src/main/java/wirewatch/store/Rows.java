package wirewatch.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import wirewatch.event.EventJson;
import wirewatch.event.Mark;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/** The rows more than one role reads, with the columns each mapping expects. */
final class Rows {
    static final String ARTICLE_COLUMNS = "id, feed, guid, url, title, body, published, authors, "
            + "first_seen, content_hash, version";
    private static final String STATEMENT_COLUMNS = "s.id, s.speaker, s.quote, s.kind, s.grp, s.change, s.time, "
            + "s.article_id, a.feed, a.title, a.url, a.published, s.removed";
    static final String STATEMENT_ROWS = "SELECT " + STATEMENT_COLUMNS
            + " FROM statement s JOIN article a ON a.id = s.article_id";

    private Rows() {
    }

    static StoredArticle article(ResultSet rows) throws SQLException {
        String authors = rows.getString("authors");
        Article article = new Article(rows.getString("id"), rows.getString("feed"), rows.getString("guid"),
                rows.getString("url"), rows.getString("title"), rows.getString("body"),
                Sql.instant(rows, "published"),
                authors.isEmpty() ? List.of() : Arrays.asList(authors.split("\n")));
        return new StoredArticle(article, rows.getString("content_hash"),
                Instant.ofEpochMilli(rows.getLong("first_seen")), rows.getInt("version"));
    }

    /** A row of {@link #STATEMENT_ROWS}. */
    static StoredStatement statement(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong(1), rows.getString(2), rows.getString(3),
                Statement.Kind.parse(rows.getString(4)), rows.getString(5), Grouped.Change.parse(rows.getString(6)),
                Instant.ofEpochMilli(rows.getLong(7)), rows.getString(8), rows.getString(9),
                rows.getString(10), rows.getString(11), Sql.instant(rows, "published"),
                Sql.instant(rows, "removed"));
    }

    static List<Mark> marks(String json) throws SQLException {
        try {
            return EventJson.mapper().readValue(json, new TypeReference<List<Mark>>() { });
        } catch (IOException e) {
            throw new SQLException("unreadable marks column: " + json, e);
        }
    }

    static List<String> strings(String json) throws SQLException {
        try {
            return EventJson.mapper().readValue(json, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new SQLException("unreadable list column: " + json, e);
        }
    }

    /**
     * The id of the article a logged match event names; empty for no JSON and when the JSON is not readable as one,
     * so that a damaged event costs its own article and nothing else.
     */
    static String matchedArticleId(String json) {
        if (json.isEmpty()) {
            return "";
        }
        try {
            return EventJson.mapper().readTree(json).path("article").path("id").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
