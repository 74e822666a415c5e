package wirewatch.app;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import wirewatch.config.FeedSpec;
import wirewatch.config.FullText;
import wirewatch.feed.Article;
import wirewatch.feed.Backoff;
import wirewatch.feed.FeedHttpException;
import wirewatch.feed.Fetch;
import wirewatch.feed.FeedParser;
import wirewatch.feed.FeedPoller;
import wirewatch.feed.FullTextExtractor;
import wirewatch.feed.HostDeferredException;
import wirewatch.feed.Parsed;
import wirewatch.feed.Validators;
import wirewatch.store.FeedState;
import wirewatch.store.Store;
import wirewatch.store.StoredArticle;

/**
 * Polls one feed on a worker thread: conditional fetch, parse, keep what is new or changed, fetch the full text of
 * thin items, then match and extract. Never throws for a bad feed: failures come back as a {@link FeedOutcome} with
 * an error. Thread-safe; one instance serves all feeds.
 */
final class FeedTask {
    private static final System.Logger LOG = System.getLogger(FeedTask.class.getName());

    private final Store store;
    private final FeedPoller poller;
    private final FeedParser parser;
    private final FullTextExtractor fullText;
    private final Analysis analysis;
    private final Backoff backoff;
    private final Clock clock;
    /**
     * Parsing and analysis keep a core busy; more threads at them than there are cores would only take CPU from the
     * writer thread, which records every feed in turn and must keep up. Fetches wait on the network in any number.
     */
    private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors());

    FeedTask(Store store, FeedPoller poller, FeedParser parser, FullTextExtractor fullText, Analysis analysis,
             Backoff backoff, Clock clock) {
        this.store = store;
        this.poller = poller;
        this.parser = parser;
        this.fullText = fullText;
        this.analysis = analysis;
        this.backoff = backoff;
        this.clock = clock;
    }

    FeedOutcome poll(FeedSpec feed) {
        FeedState before = store.feedState(feed.name());
        Instant started = clock.instant();
        try {
            Fetch fetch = poller.fetch(feed.url(), new Validators(before.etag(), before.lastModified()));
            Instant next = clock.instant().plus(backoff.jitter(feed.every()));
            String etag = fetch.validators().etag() != null ? fetch.validators().etag() : before.etag();
            String lastModified = fetch.validators().lastModified() != null
                    ? fetch.validators().lastModified() : before.lastModified();
            FeedState after = before.polled(etag, lastModified, started, next);
            if (fetch.isNotModified()) {
                return new FeedOutcome(feed, before, after, List.of(), List.of(), null, fetch.status());
            }
            Parsed parsed = onCore(() -> parser.parse(feed.name(), fetch.body(), fetch.contentType(),
                    fetch.finalUrl()));
            if (!parsed.problems().isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "feed {0} read with problems: {1}", feed.name(),
                        String.join("; ", parsed.problems()));
            }
            List<Prepared> prepared = prepare(feed, parsed.articles());
            return new FeedOutcome(feed, before, after, prepared, parsed.problems(), null, fetch.status());
        } catch (HostDeferredException e) {
            return failed(feed, before, started, e.getMessage(), e.notBefore());
        } catch (FeedHttpException e) {
            return failed(feed, before, started, e.getMessage(), e.retryAfter().orElse(null));
        } catch (IOException e) {
            return failed(feed, before, started, e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, before, started, "interrupted", null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "polling " + feed.name() + " failed unexpectedly", e);
            return failed(feed, before, started, "internal error: " + e, null);
        }
    }

    private FeedOutcome failed(FeedSpec feed, FeedState before, Instant at, @Nullable String message,
                               @Nullable Instant notBefore) {
        String error = message == null || message.isBlank() ? "unknown error" : message;
        Duration wait = backoff.afterFailures(feed.every(), before.failures() + 1);
        Instant next = at.plus(wait);
        if (notBefore != null && notBefore.isAfter(next)) {
            next = notBefore;
        }
        LOG.log(System.Logger.Level.WARNING, "feed {0} failed: {1}", feed.name(), error);
        return new FeedOutcome(feed, before, before.failed(error, at, next), List.of(), List.of(), error, 0);
    }

    private List<Prepared> prepare(FeedSpec feed, List<Article> articles) throws InterruptedException {
        Map<String, StoredArticle> known = store.articles(articles.stream().map(Article::id).toList());
        List<Prepared> prepared = new ArrayList<>();
        // Analysed oldest first: the aliases an article teaches then serve the articles published after it.
        for (Article item : PublicationOrder.oldestFirst(articles, clock.instant())) {
            String hash = onCore(() -> ContentHash.of(item));
            StoredArticle previous = known.get(item.id());
            if (previous != null && previous.contentHash().equals(hash)) {
                continue;
            }
            boolean wantsPage = feed.fulltext() == FullText.ALWAYS
                    || feed.fulltext() == FullText.AUTO && FullTextExtractor.isThin(item);
            Article article = wantsPage ? withPage(item) : item;
            prepared.add(onCore(() -> analysis.prepare(article, hash, previous, article != item)));
        }
        return prepared;
    }

    /** Work that keeps a core busy, done when a core is free for it. */
    private <T, E extends Exception> T onCore(CoreWork<T, E> work) throws E, InterruptedException {
        cores.acquire();
        try {
            return work.run();
        } finally {
            cores.release();
        }
    }

    @FunctionalInterface
    private interface CoreWork<T, E extends Exception> {
        T run() throws E;
    }

    /** The item with its page's text when the page gives more; the feed's text when the page fails. */
    Article withPage(Article item) throws InterruptedException {
        return pageText(item).filter(text -> text.length() > item.body().length()).map(item::withBody).orElse(item);
    }

    /** The main text of the item's page, or empty when it has no link or the page cannot be fetched. */
    Optional<String> pageText(Article item) throws InterruptedException {
        if (item.url().isEmpty()) {
            return Optional.empty();
        }
        try {
            Fetch page = poller.fetchPage(URI.create(item.url()));
            return Optional.of(fullText.extract(page.body(), page.contentType(), page.finalUrl()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.INFO, "full text of {0} not fetched: {1}", item.url(), e.getMessage());
            return Optional.empty();
        }
    }
}
