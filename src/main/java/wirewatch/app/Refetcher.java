package wirewatch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.feed.Article;
import wirewatch.store.FeedState;
import wirewatch.store.Store;
import wirewatch.store.StoredArticle;

/**
 * Re-fetches matched articles' pages at growing intervals after they were first seen (10 min, 30 min, 2 h, 6 h,
 * 24 h, 72 h, then never), because news sites edit stories for hours. A page whose text changed comes back as a
 * revision candidate. Page fetches go through the poller, so per-host limits and Retry-After apply.
 */
final class Refetcher {
    private static final System.Logger LOG = System.getLogger(Refetcher.class.getName());
    private static final int BATCH = 50;

    private final Config config;
    private final Store store;
    private final ArticlePages pages;
    private final Analysis analysis;
    private final Clock clock;
    private final Predicate<String> holdsFeed;

    /** {@code holdsFeed}: whether this poller holds a feed's lease; it re-fetches the articles of those only. */
    Refetcher(Config config, Store store, ArticlePages pages, Analysis analysis, Clock clock,
              Predicate<String> holdsFeed) {
        this.holdsFeed = holdsFeed;
        this.config = config;
        this.store = store;
        this.pages = pages;
        this.analysis = analysis;
        this.clock = clock;
    }

    /**
     * Fetches the pages due now and returns the ones that changed; reschedules each. A feed's pages are fetched
     * together, within its page budget and its deadline, as when the feed is polled.
     */
    List<FeedOutcome> due() throws InterruptedException {
        if (!store.isWritable()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<FeedSpec, List<StoredArticle>> byFeed = new LinkedHashMap<>();
        for (StoredArticle stored : store.dueRefetches(now, BATCH)) {
            if (!holdsFeed.test(stored.article().feed())) {
                // Another poller's feed: that poller re-fetches it, so its revision is reported once.
                continue;
            }
            store.scheduleRefetch(stored.article().id(), nextStep(stored.firstSeen(), now), 0);
            config.feed(stored.article().feed())
                    .ifPresent(feed -> byFeed.computeIfAbsent(feed, f -> new ArrayList<>()).add(stored));
        }
        List<FeedOutcome> changed = new ArrayList<>();
        for (Map.Entry<FeedSpec, List<StoredArticle>> due : byFeed.entrySet()) {
            FeedSpec feed = due.getKey();
            ArticlePages.Texts texts = pages.fetch(feed, due.getValue().stream().map(StoredArticle::article).toList(),
                    clock.instant().plus(feed.deadline()));
            for (StoredArticle stored : due.getValue()) {
                revised(feed, stored, texts.byId().getOrDefault(stored.article().id(), "")).ifPresent(changed::add);
            }
        }
        return changed;
    }

    /** The revision candidate when the page's text differs from the stored article's. */
    private Optional<FeedOutcome> revised(FeedSpec feed, StoredArticle stored, String text) {
        Article before = stored.article();
        if (text.isBlank() || ContentHash.normalize(text).equals(ContentHash.normalize(before.body()))) {
            return Optional.empty();
        }
        try {
            Prepared prepared = analysis.prepare(before.withBody(text), stored.contentHash(), stored, true);
            return Optional.of(new FeedOutcome(feed, FeedState.fresh(feed.name()), null, List.of(prepared),
                    List.of(), null, null, 200));
        } catch (RuntimeException | StackOverflowError e) {
            // One page that breaks the analysis costs its revision, not the round's other pages.
            LOG.log(System.Logger.Level.ERROR, "re-fetched page " + before.url() + " not analysed", e);
            return Optional.empty();
        }
    }

    /** The first step after {@code now}, or null when re-fetching is over. */
    static Instant nextStep(Instant firstSeen, Instant now) {
        for (Duration step : Recorder.REFETCH_STEPS) {
            Instant at = firstSeen.plus(step);
            if (at.isAfter(now)) {
                return at;
            }
        }
        return null;
    }
}
