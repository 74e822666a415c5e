package wirewatch.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import wirewatch.config.FullText;
import wirewatch.event.ArticleRef;
import wirewatch.event.Event;
import wirewatch.event.EventIds;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.event.Outlet;
import wirewatch.event.Quote;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.match.Signature;
import wirewatch.match.WireCopyIndex;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.Store;

/**
 * Turns what workers prepared into one batch and its events, on the single writer thread: new articles and their
 * matches (one per watch; wire copies of an article already matched become {@code also} outlets, not new alerts),
 * statements placed in their groups, revisions, feed states and feed errors. Not thread-safe.
 */
final class Recorder {
    /** Matched articles are re-fetched this long after first seen, then at the following steps, then never. */
    static final List<Duration> REFETCH_STEPS = List.of(Duration.ofMinutes(10), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(24), Duration.ofHours(72));

    private final Store store;
    private final Clock clock;
    private final EventRouting routing;
    private final WireCopyIndex copies;
    private final StatementTracker tracker;
    private final StatementRecorder statements;
    private final Revisions revisions;
    private final Analysis analysis;

    Recorder(Store store, Clock clock, EventRouting routing, WireCopyIndex copies, StatementTracker tracker,
             Revisions revisions, Analysis analysis) {
        this.analysis = analysis;
        this.store = store;
        this.clock = clock;
        this.routing = routing;
        this.copies = copies;
        this.tracker = tracker;
        this.statements = new StatementRecorder(tracker);
        this.revisions = revisions;
    }

    /** An article to record and its feed's full-text policy. */
    private record Arrival(Prepared prepared, FullText policy) {
    }

    /**
     * Records the outcomes in one transaction and returns the events committed, in order. The articles of all the
     * outcomes are recorded in publication order ({@link PublicationOrder}), and their speakers are named as the
     * alias table names them now, which includes what the other articles of the batch taught it.
     */
    List<Event> record(List<FeedOutcome> outcomes) {
        // Whether a new match is another outlet's copy is looked up, then committed, under the stories' locks.
        return store.withStoriesLocked(stories(outcomes), () -> recordLocked(outcomes));
    }

    /** The canonical URLs of the new articles that match, the only ones that can raise or widen a match. */
    private static Set<String> stories(List<FeedOutcome> outcomes) {
        Set<String> stories = new HashSet<>();
        for (FeedOutcome outcome : outcomes) {
            for (Prepared prepared : outcome.articles()) {
                String canonical = prepared.isNew() && !prepared.matches().isEmpty()
                        ? ContentHash.canonicalUrl(prepared.article().url()) : "";
                if (!canonical.isEmpty()) {
                    stories.add(canonical);
                }
            }
        }
        return stories;
    }

    private List<Event> recordLocked(List<FeedOutcome> outcomes) {
        Batch batch = new Batch();
        List<Event> events = new ArrayList<>();
        Map<String, MatchEvent> matchedNow = new HashMap<>();
        Set<String> seenIds = new HashSet<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Arrival> arrivals = new ArrayList<>();
        for (FeedOutcome outcome : outcomes) {
            if (outcome.after() != null) {
                batch.feedState(outcome.after());
            }
            if (outcome.failed()) {
                feedError(outcome, now).ifPresent(events::add);
            }
            for (Prepared prepared : outcome.articles()) {
                if (seenIds.add(prepared.article().id())) {
                    arrivals.add(new Arrival(prepared, outcome.feed().fulltext()));
                }
            }
        }
        for (Arrival arrival : PublicationOrder.oldestFirst(arrivals, a -> a.prepared().article(), now)) {
            Prepared prepared = arrival.prepared().withStatements(analysis.resolve(arrival.prepared().statements()));
            if (prepared.isNew()) {
                recordNew(prepared, arrival.policy(), now, batch, events, matchedNow);
            } else {
                events.addAll(revisions.record(prepared, now, batch, statements));
            }
        }
        statements.settle(batch);
        for (Event event : events) {
            batch.event(event, routing.hooksFor(event));
        }
        analysis.drainLearned().forEach(batch::alias);
        try {
            List<Event> committed = store.commit(batch).stream().map(Store.Committed::event).toList();
            tracker.committed();
            return committed;
        } finally {
            tracker.abandoned();
        }
    }

    private java.util.Optional<Event> feedError(FeedOutcome outcome, Instant now) {
        String error = Objects.requireNonNull(outcome.error());
        // A feed that keeps failing the same way is reported once, not every round.
        if (outcome.before().failures() > 0 && error.equals(outcome.before().lastError())) {
            return java.util.Optional.empty();
        }
        String id = EventIds.of("feed_error", outcome.feed().name(), error, now.toString());
        return java.util.Optional.of(new FeedErrorEvent(id, now, outcome.feed().name(),
                outcome.feed().url().toString(), error));
    }

    private void recordNew(Prepared prepared, FullText policy, Instant now, Batch batch, List<Event> events,
                           Map<String, MatchEvent> matchedNow) {
        Article article = prepared.article();
        String canonical = ContentHash.canonicalUrl(article.url());
        boolean matched = !prepared.matches().isEmpty();
        Instant refetch = matched && policy != FullText.NEVER && !article.url().isEmpty()
                ? now.plus(REFETCH_STEPS.get(0)) : null;
        batch.article(new Batch.ArticleWrite(article, prepared.hash(), canonical, now, refetch, false));
        if (!matched) {
            return;
        }
        // Only matched articles can raise alerts, so only they are checked for being another outlet's copy.
        String original = originalOf(article, canonical, prepared.signature());
        List<StatementTracker.Placed> placed = new ArrayList<>();
        for (Statement statement : prepared.statements()) {
            placed.add(statements.place(statement, article, now));
        }
        List<Quote> quotes = placed.stream().map(p -> Quote.of(p.statement())).toList();
        List<String> watches = new ArrayList<>();
        for (Match match : prepared.matches()) {
            if (original != null && alreadyMatched(match.watch(), original, matchedNow)) {
                batch.also(match.watch(), original, article.feed());
                MatchEvent earlier = matchedNow.get(match.watch() + "|" + original);
                if (earlier != null) {
                    MatchEvent widened = earlier.withAlso(new Outlet(article.feed(), article.title(), article.url()));
                    events.set(events.indexOf(earlier), widened);
                    matchedNow.put(match.watch() + "|" + original, widened);
                }
                continue;
            }
            MatchEvent event = MatchEvents.record(match, article, quotes, now, batch);
            events.add(event);
            matchedNow.put(match.watch() + "|" + article.id(), event);
            watches.add(match.watch());
        }
        if (watches.isEmpty()) {
            return;
        }
        for (StatementTracker.Placed p : placed) {
            events.addAll(statements.record(p, article, watches, now, batch));
        }
    }

    private @Nullable String originalOf(Article article, String canonical, @Nullable Signature signature) {
        String byUrl = canonical.isEmpty() ? null
                : store.articleByCanonicalUrl(canonical).filter(id -> !id.equals(article.id())).orElse(null);
        if (byUrl != null || signature == null) {
            return byUrl;
        }
        String copyOf = copies.findCopy(signature).orElse(null);
        copies.add(article.id(), signature);
        return copyOf;
    }

    private boolean alreadyMatched(String watch, String original, Map<String, MatchEvent> matchedNow) {
        return matchedNow.containsKey(watch + "|" + original) || store.isMatched(watch, original);
    }

    static ArticleRef ref(Article article) {
        return new ArticleRef(article.id(), article.feed(), article.title(), article.url(), article.published());
    }

    static Instant sortTime(Article article, Instant now) {
        Instant published = article.published();
        return published != null && published.isBefore(now.plus(Duration.ofDays(1))) ? published : now;
    }
}
