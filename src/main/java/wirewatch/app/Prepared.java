package wirewatch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.match.Signature;
import wirewatch.statement.Statement;
import wirewatch.store.StoredArticle;

/**
 * An article made ready on a worker thread for the writer: its text (with full text fetched when the feed is thin),
 * content hash, the version stored before (absent when new), the watches it matched, the statements in it and,
 * for matched articles, its wire-copy signature, and its canonical URL (all computed here, off the writer thread).
 */
record Prepared(Article article, String hash, @Nullable StoredArticle previous, List<Match> matches,
                List<Statement> statements, @Nullable Signature signature, boolean fullText, String canonicalUrl) {
    Prepared {
        matches = List.copyOf(matches);
        statements = List.copyOf(statements);
    }

    Prepared withStatements(List<Statement> resolved) {
        return new Prepared(article, hash, previous, matches, resolved, signature, fullText, canonicalUrl);
    }

    boolean isNew() {
        return previous == null;
    }
}
