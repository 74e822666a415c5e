package wirewatch.app;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.config.FeedSpec;
import wirewatch.store.FeedState;

/**
 * What polling one feed produced: its new state (validators, next poll, failures), the articles that are new or
 * changed, and either the problems the parser tolerated or the error that failed the feed this round. {@code after}
 * is absent for re-fetched article pages, which leave the feed's state alone. {@code shortfall}, when present, says
 * what the feed's page budget or deadline left out: items recorded with the feed's text instead of their page's.
 */
record FeedOutcome(FeedSpec feed, FeedState before, @Nullable FeedState after, List<Prepared> articles,
                   List<String> problems, @Nullable String error, @Nullable String shortfall, int status) {
    FeedOutcome {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    boolean failed() {
        return error != null;
    }

    boolean cutShort() {
        return shortfall != null;
    }
}
