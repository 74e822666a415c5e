package wirewatch.app;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import wirewatch.event.EventIds;
import wirewatch.event.MatchEvent;
import wirewatch.event.Quote;
import wirewatch.feed.Article;
import wirewatch.match.Backtest;
import wirewatch.match.CompiledRule;
import wirewatch.match.Match;
import wirewatch.store.Store;

/**
 * Runs one rule over the stored archive, newest first, without recording or alerting anything. The store is read
 * on the calling thread while chunks of articles are matched on every core.
 */
public final class ArchiveSearch {
    private static final int CHUNK = 256;

    private ArchiveSearch() {
    }

    /**
     * Matches of the rule among articles stored since {@code since}, as match events, newest first. Compile the
     * rule with {@link Rules#compile(wirewatch.config.WatchSpec)} first, so a bad rule is reported before the store
     * is opened.
     */
    public static List<MatchEvent> run(CompiledRule rule, Store store, Instant since, Clock clock)
            throws InterruptedException {
        return run(rule, store, since, clock, Integer.MAX_VALUE);
    }

    /** As {@link #run(CompiledRule, Store, Instant, Clock)}, but only the newest {@code limit} matches. */
    public static List<MatchEvent> run(CompiledRule rule, Store store, Instant since, Clock clock, int limit)
            throws InterruptedException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ExecutorService pool = Pools.fixed("backtest", Runtime.getRuntime().availableProcessors());
        ThreadLocal<Backtest> perThread = ThreadLocal.withInitial(() -> new Backtest(rule));
        try {
            List<Future<List<Hit>>> chunks = new ArrayList<>();
            List<Article> chunk = new ArrayList<>(CHUNK);
            store.forEachArticle(since, stored -> {
                chunk.add(stored.article());
                if (chunk.size() == CHUNK) {
                    chunks.add(pool.submit(matchAll(List.copyOf(chunk), perThread)));
                    chunk.clear();
                }
            });
            chunks.add(pool.submit(matchAll(List.copyOf(chunk), perThread)));
            List<MatchEvent> found = new ArrayList<>();
            for (Future<List<Hit>> future : chunks) {
                for (Hit hit : future.get()) {
                    if (found.size() < limit) {
                        found.add(event(store, hit.article(), hit.match(), now));
                    }
                }
            }
            return found;
        } catch (ExecutionException e) {
            throw new IllegalStateException("backtest failed: " + e.getCause(), e.getCause());
        } finally {
            Pools.shutdown(pool);
        }
    }

    private record Hit(Article article, Match match) {
    }

    private static java.util.concurrent.Callable<List<Hit>> matchAll(List<Article> articles,
                                                                     ThreadLocal<Backtest> perThread) {
        return () -> {
            List<Hit> hits = new ArrayList<>();
            Backtest backtest = perThread.get();
            for (Article article : articles) {
                backtest.test(article).ifPresent(match -> hits.add(new Hit(article, match)));
            }
            return hits;
        };
    }

    private static MatchEvent event(Store store, Article article, Match match, Instant now) {
        // The statements the article carries now, as the text matched: not the ones an edit took out.
        List<Quote> quotes = store.statementsOf(article.id()).stream().filter(s -> !s.isRemoved())
                .map(s -> new Quote(s.speaker(), s.quote(), s.kind())).toList();
        return MatchEvents.of(EventIds.of("backtest", match.watch(), article.id()), match, article, quotes, now);
    }
}
