package wirewatch.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * thin items ({@link ArticlePages}), then match and extract, all within the feed's deadline: when it passes, the
 * items whose pages had not come keep the feed's text, and the outcome says so. Never throws: a bad feed, and even
 * an error or a bug while reading it, comes back as a {@link FeedOutcome} with an error. Thread-safe; one instance
 * serves all feeds.
 */
final class FeedTask {
    private static final System.Logger LOG = System.getLogger(FeedTask.class.getName());

    private final Store store;
    private final FeedPoller poller;
    private final FeedParser parser;
    private final ArticlePages pages;
    private final Analysis analysis;
    private final Backoff backoff;
    private final Cores cores;
    private final Clock clock;

    FeedTask(Store store, FeedPoller poller, FeedParser parser, ArticlePages pages, Analysis analysis,
             Backoff backoff, Cores cores, Clock clock) {
        this.store = store;
        this.poller = poller;
        this.parser = parser;
        this.pages = pages;
        this.analysis = analysis;
        this.backoff = backoff;
        this.cores = cores;
        this.clock = clock;
    }

    FeedOutcome poll(FeedSpec feed) {
        FeedState before = store.feedState(feed.name());
        Instant started = clock.instant();
        Instant deadline = started.plus(feed.deadline());
        try {
            Fetch fetch = poller.fetch(feed.url(), new Validators(before.etag(), before.lastModified()),
                    feed.deadline(), feed.privateRedirects());
            Instant next = clock.instant().plus(backoff.jitter(feed.every()));
            String etag = fetch.validators().etag() != null ? fetch.validators().etag() : before.etag();
            String lastModified = fetch.validators().lastModified() != null
                    ? fetch.validators().lastModified() : before.lastModified();
            if (fetch.isNotModified()) {
                FeedState after = before.polled(etag, lastModified, started, next, fetch.status(), 0);
                return new FeedOutcome(feed, before, after, List.of(), List.of(), null, null, fetch.status());
            }
            Parsed parsed = cores.run(() -> parser.parse(feed.name(), fetch.body(), fetch.contentType(),
                    fetch.finalUrl()));
            if (!parsed.problems().isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "feed {0} read with problems: {1}", feed.name(),
                        String.join("; ", parsed.problems()));
            }
            FeedState after = before.polled(etag, lastModified, started, next, fetch.status(),
                    parsed.articles().size());
            Preparation preparation = prepare(feed, parsed.articles(), deadline);
            preparation.shortfall().ifPresent(note ->
                    LOG.log(System.Logger.Level.WARNING, "feed {0} cut short: {1}", feed.name(), note));
            return new FeedOutcome(feed, before, after, preparation.articles(), parsed.problems(), null,
                    preparation.shortfall().orElse(null), fetch.status());
        } catch (HostDeferredException e) {
            return failed(feed, before, started, e.getMessage(), e.notBefore(), 0);
        } catch (FeedHttpException e) {
            return failed(feed, before, started, e.getMessage(), e.retryAfter().orElse(null), e.status());
        } catch (IOException e) {
            return failed(feed, before, started, e.getMessage(), null, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, before, started, "interrupted", null, 0);
        } catch (RuntimeException | Error e) {
            // A bug, or a feed that exhausts the stack or the heap (Rome clones deeply nested foreign markup
            // recursively): this feed fails this round and is polled again with backoff, and the others of the round
            // are recorded. By now the overflowed stack is unwound and the failed feed's objects are garbage.
            LOG.log(System.Logger.Level.ERROR, "polling " + feed.name() + " failed unexpectedly", e);
            return failed(feed, before, started, unexpected(e), null, 0);
        }
    }

    /** The feed_error message for a failure no feed should cause: what happened, and that the log has the rest. */
    static String unexpected(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow while reading the feed (its markup is nested too deeply?); skipped this round, "
                    + "details in the log";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory while reading the feed (" + e.getMessage() + "); skipped this round, details in "
                    + "the log";
        }
        return "internal error: " + e + "; skipped this round, details in the log";
    }

    private FeedOutcome failed(FeedSpec feed, FeedState before, Instant at, @Nullable String message,
                               @Nullable Instant notBefore, int status) {
        String error = message == null || message.isBlank() ? "unknown error" : message;
        if (before.isBackingOff(at) && (notBefore == null || !notBefore.isAfter(before.nextPoll()))) {
            // Polled before its time (the dashboard's r, a restart): the wait before the next poll does not grow.
            LOG.log(System.Logger.Level.WARNING, "feed {0} failed again: {1}", feed.name(), error);
            return new FeedOutcome(feed, before, before.failedEarly(error, at, status), List.of(), List.of(), error, null, 0);
        }
        Duration wait = backoff.afterFailures(feed.every(), before.failures() + 1);
        Instant next = at.plus(wait);
        if (notBefore != null && notBefore.isAfter(next)) {
            next = notBefore;
        }
        LOG.log(System.Logger.Level.WARNING, "feed {0} failed: {1}", feed.name(), error);
        return new FeedOutcome(feed, before, before.failed(error, at, next, status), List.of(), List.of(), error, null, 0);
    }

    /** The articles ready to record, and what the page budget or the deadline left out. */
    private record Preparation(List<Prepared> articles, Optional<String> shortfall) {
    }

    /** A new or changed item, its content hash and what the store had for it. */
    private record Fresh(Article item, String hash, @Nullable StoredArticle previous) {
    }

    private Preparation prepare(FeedSpec feed, List<Article> articles, Instant deadline)
            throws InterruptedException {
        Map<String, StoredArticle> known = store.articles(articles.stream().map(Article::id).toList());
        // Analysed oldest first: the aliases an article teaches then serve the articles published after it.
        List<Fresh> fresh = new ArrayList<>();
        for (Article item : PublicationOrder.oldestFirst(articles, clock.instant())) {
            String hash = cores.run(() -> ContentHash.of(item));
            StoredArticle previous = known.get(item.id());
            if (previous == null || !previous.contentHash().equals(hash)) {
                fresh.add(new Fresh(item, hash, previous));
            }
        }
        List<Article> wanted = new ArrayList<>();
        for (Fresh candidate : fresh) {
            if (wantsPage(feed, candidate.item())) {
                wanted.add(candidate.item());
            }
        }
        // The newest items get their pages first when the budget or the deadline runs short.
        Collections.reverse(wanted);
        ArticlePages.Texts texts = pages.fetch(feed, wanted, deadline);
        List<Prepared> prepared = new ArrayList<>();
        for (Fresh candidate : fresh) {
            Article article = withPage(candidate.item(), texts.byId().get(candidate.item().id()));
            prepared.add(cores.run(() -> analysis.prepare(article, candidate.hash(), candidate.previous(),
                    article != candidate.item())));
        }
        return new Preparation(prepared, texts.shortfall());
    }

    private static boolean wantsPage(FeedSpec feed, Article item) {
        return !item.url().isEmpty() && (feed.fulltext() == FullText.ALWAYS
                || feed.fulltext() == FullText.AUTO && FullTextExtractor.isThin(item));
    }

    /** The item with its page's text when the page gives more; the feed's text otherwise. */
    private static Article withPage(Article item, @Nullable String pageText) {
        return pageText != null && pageText.length() > item.body().length() ? item.withBody(pageText) : item;
    }
}
