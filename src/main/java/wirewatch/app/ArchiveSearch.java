package wirewatch.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import wirewatch.config.ConfigException;
import wirewatch.config.WatchSpec;
import wirewatch.event.EventIds;
import wirewatch.event.MatchEvent;
import wirewatch.event.Quote;
import wirewatch.feed.Article;
import wirewatch.match.Backtest;
import wirewatch.match.CompiledRule;
import wirewatch.match.Match;
import wirewatch.match.RuleCompiler;
import wirewatch.match.RuleException;
import wirewatch.store.Store;

/** Runs one rule over the stored archive, newest first, without recording or alerting anything. */
public final class ArchiveSearch {
    private ArchiveSearch() {
    }

    /** Matches of the watch's rule among articles stored since {@code since}, as match events, newest first. */
    public static List<MatchEvent> run(WatchSpec watch, Store store, Instant since, Clock clock)
            throws ConfigException {
        CompiledRule rule;
        try {
            rule = new RuleCompiler().compile(watch);
        } catch (RuleException e) {
            throw new ConfigException(e.getMessage() + "; see 'Watch rules' in the README");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Backtest backtest = new Backtest(rule);
        List<MatchEvent> found = new ArrayList<>();
        store.forEachArticle(since, stored -> backtest.test(stored.article())
                .ifPresent(match -> found.add(event(store, stored.article(), match, now))));
        return found;
    }

    private static MatchEvent event(Store store, Article article, Match match, Instant now) {
        List<Quote> quotes = store.statementsOf(article.id()).stream()
                .map(s -> new Quote(s.speaker(), s.quote(), s.kind())).toList();
        return new MatchEvent(EventIds.of("backtest", match.watch(), article.id()), now, match.watch(),
                Recorder.ref(article), List.of(), match.snippet(), match.terms(), Marks.of(match), quotes);
    }
}
