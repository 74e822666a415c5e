package wirewatch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;
import wirewatch.match.ArticleMatcher;
import wirewatch.match.Match;
import wirewatch.statement.Aliases;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;
import wirewatch.store.StoredArticle;

/**
 * The pure middle of the pipeline for one article: which watches match it and, for matched or revised articles, the
 * statements in it. Thread-safe: workers call it concurrently.
 */
final class Analysis {
    private final ArticleMatcher matcher;
    private final StatementExtractor extractor;
    private final Aliases aliases;

    Analysis(ArticleMatcher matcher, StatementExtractor extractor, Aliases aliases) {
        this.matcher = matcher;
        this.extractor = extractor;
        this.aliases = aliases;
    }

    Prepared prepare(Article article, String hash, @Nullable StoredArticle previous, boolean fullText) {
        List<Match> matches = matcher.match(article);
        List<Statement> statements = matches.isEmpty() && previous == null
                ? List.of()
                : extractor.extract(article.body(), aliases);
        return new Prepared(article, hash, previous, matches, statements, fullText);
    }

    List<Statement> statements(Article article) {
        return extractor.extract(article.body(), aliases);
    }

    Aliases aliases() {
        return aliases;
    }
}
