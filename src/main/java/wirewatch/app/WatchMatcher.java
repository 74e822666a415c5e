package wirewatch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;
import wirewatch.match.ArticleMatcher;
import wirewatch.match.CompiledRule;
import wirewatch.match.Match;

/**
 * The watches' {@link ArticleMatcher}, made when the first article is matched: indexing the rules is work that a
 * round in which no feed changed (every feed answering 304) never needs. Thread-safe, as the matcher is.
 */
final class WatchMatcher implements AutoCloseable {
    private final List<CompiledRule> rules;
    private volatile @Nullable ArticleMatcher made;

    WatchMatcher(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Match> match(Article article) {
        return matcher().match(article);
    }

    private ArticleMatcher matcher() {
        ArticleMatcher matcher = made;
        if (matcher == null) {
            synchronized (this) {
                matcher = made;
                if (matcher == null) {
                    matcher = new ArticleMatcher(rules);
                    made = matcher;
                }
            }
        }
        return matcher;
    }

    @Override
    public synchronized void close() {
        ArticleMatcher matcher = made;
        if (matcher != null) {
            matcher.close();
        }
    }
}
