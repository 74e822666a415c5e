package wirewatch.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/**
 * A statement as stored, with the article it came from and the variant group it belongs to. {@code speaker} is
 * absent when the article does not say who spoke. {@code removed} is when an edit of the article took the statement
 * out; absent while the article carries it.
 */
public record StoredStatement(long id, @Nullable String speaker, String quote, Statement.Kind kind, String group,
                              Grouped.Change change, Instant time, String articleId, String feed, String title,
                              String url, @Nullable Instant published, @Nullable Instant removed) {

    /** Whether an edit of its article took this statement out. */
    public boolean isRemoved() {
        return removed != null;
    }
}
