package wirewatch.app;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import wirewatch.config.Durations;
import wirewatch.config.FeedSpec;
import wirewatch.feed.Article;
import wirewatch.feed.Fetch;
import wirewatch.feed.FeedPoller;
import wirewatch.feed.FullTextExtractor;

/**
 * Fetches the article pages of one feed's items and extracts their main text: in parallel on a bounded pool shared
 * by all feeds, through the poller (so per-host limits and Retry-After apply), at most the feed's page budget a
 * round, newest items first, and only until the feed's deadline. A page that cannot be fetched or read costs only
 * its own text. Thread-safe.
 */
final class ArticlePages {
    private static final System.Logger LOG = System.getLogger(ArticlePages.class.getName());

    private final FeedPoller poller;
    private final FullTextExtractor extractor;
    private final ExecutorService pool;
    private final Cores cores;
    private final Clock clock;

    /** {@code pool} is bounded and owned by the caller, who shuts it down. */
    ArticlePages(FeedPoller poller, FullTextExtractor extractor, ExecutorService pool, Cores cores, Clock clock) {
        this.poller = poller;
        this.extractor = extractor;
        this.pool = pool;
        this.cores = cores;
        this.clock = clock;
    }

    /** The page texts fetched, by article id, and what was left out, if anything was. */
    record Texts(Map<String, String> byId, Optional<String> shortfall) {
        Texts {
            byId = Map.copyOf(byId);
        }
    }

    /**
     * The texts of the pages of {@code wanted} (newest first) that could be fetched by {@code deadline}, within
     * the feed's page budget. Pages still arriving at the deadline are abandoned.
     */
    Texts fetch(FeedSpec feed, List<Article> wanted, Instant deadline) throws InterruptedException {
        List<Article> chosen = wanted.subList(0, Math.min(wanted.size(), feed.pages()));
        Map<String, Future<Optional<String>>> pending = new LinkedHashMap<>();
        for (Article item : chosen) {
            pending.put(item.id(), pool.submit(() -> pageText(item, feed, deadline)));
        }
        Map<String, String> texts = new HashMap<>();
        int late = 0;
        try {
            for (Map.Entry<String, Future<Optional<String>>> page : pending.entrySet()) {
                try {
                    awaitUntil(page.getValue(), deadline).ifPresent(found -> texts.put(page.getKey(), found));
                } catch (TimeoutException e) {
                    late++;
                }
            }
        } finally {
            pending.values().forEach(page -> page.cancel(true));
        }
        return new Texts(texts, shortfall(feed, wanted.size(), chosen.size(), late));
    }

    private Optional<String> pageText(Article item, FeedSpec feed, Instant deadline) throws InterruptedException {
        if (item.url().isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration left = Duration.between(clock.instant(), deadline);
            Fetch page = poller.fetchPage(URI.create(item.url()), left, feed.privateRedirects());
            return Optional.of(cores.run(() -> extractor.extract(page.body(), page.contentType(), page.finalUrl())));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A page too deep or too odd for the extractor is one lost page, as a page that would not load is.
            LOG.log(System.Logger.Level.INFO, "full text of {0} not fetched: {1}", item.url(),
                    e instanceof IOException ? e.getMessage() : e.toString());
            return Optional.empty();
        }
    }

    /** The page's text; a {@link TimeoutException} when the deadline comes first. */
    private Optional<String> awaitUntil(Future<Optional<String>> page, Instant deadline)
            throws InterruptedException, TimeoutException {
        long left = Math.max(0, Duration.between(clock.instant(), deadline).toNanos());
        try {
            return page.get(left, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("fetching a page failed", e.getCause());
        }
    }

    private static Optional<String> shortfall(FeedSpec feed, int wanted, int chosen, int late) {
        List<String> notes = new ArrayList<>();
        if (chosen < wanted) {
            notes.add("page budget of " + feed.pages() + " reached: " + (wanted - chosen) + " of " + wanted
                    + " items keep the feed's text");
        }
        if (late > 0) {
            notes.add("deadline of " + Durations.format(feed.deadline()) + " passed: " + late + " of " + chosen
                    + " article pages not fetched, their items keep the feed's text");
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }
}
