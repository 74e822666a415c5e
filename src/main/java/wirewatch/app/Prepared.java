package wirewatch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.statement.Statement;
import wirewatch.store.StoredArticle;

/**
 * An article made ready on a worker thread for the writer: its text (with full text fetched when the feed is thin),
 * content hash, the version stored before (absent when new), the watches it matched and the statements in it.
 */
record Prepared(Article article, String hash, @Nullable StoredArticle previous, List<Match> matches,
                List<Statement> statements, boolean fullText) {
    Prepared {
        matches = List.copyOf(matches);
        statements = List.copyOf(statements);
    }

    boolean isNew() {
        return previous == null;
    }
}
