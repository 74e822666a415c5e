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
import wirewatch.event.EventJson;
import wirewatch.event.EventIds;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.event.Outlet;
import wirewatch.event.Quote;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.match.Signature;
import wirewatch.match.WireCopyIndex;
import wirewatch.statement.Speakers;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.LeaseLostException;
import wirewatch.store.Leases;
import wirewatch.store.Store;

/**
 * Turns what workers prepared into one batch and its events, on the single writer thread: new articles and their
 * matches (one per watch; wire copies of an article already matched become {@code also} outlets, not new alerts),
 * statements placed in their groups, revisions, feed states and feed errors. Not thread-safe.
 */
final class Recorder {
    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());
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
    private final CatchUp catchUp;
    private final Leases leases;
    /** Aliases learned and not yet committed: kept for the next batch when one fails. */
    private final Map<String, String> unsavedAliases = new HashMap<>();
    /** Articles the batch being built filed with the wire copies: unfiled again if it does not commit. */
    private final List<String> filedInBatch = new ArrayList<>();

    Recorder(Store store, Clock clock, EventRouting routing, WireCopyIndex copies, StatementTracker tracker,
             Revisions revisions, Analysis analysis, CatchUp catchUp, Leases leases) {
        this.leases = leases;
        this.analysis = analysis;
        this.store = store;
        this.clock = clock;
        this.routing = routing;
        this.copies = copies;
        this.tracker = tracker;
        this.statements = new StatementRecorder(tracker);
        this.revisions = revisions;
        this.catchUp = catchUp;
    }

    /** An article to record and its feed's full-text policy. */
    private record Arrival(Prepared prepared, FullText policy) {
    }

    /**
     * Records the outcomes in one transaction and returns the events committed, in order. The articles of all the
     * outcomes are recorded in publication order ({@link PublicationOrder}), and their speakers are named as the
     * alias table names them now, which includes what the other articles of the batch taught it. {@code leased}
     * when the feeds were polled under this poller's leases, which it must still hold when the batch commits: the
     * outcomes of feeds another poller took meanwhile (this one stalled past the term) are left out, with their
     * events, since the new holder polls them.
     */
    List<Event> record(List<FeedOutcome> outcomes, boolean leased) {
        // Whether a new match is another outlet's copy, and which group a statement joins, is looked up, then
        // committed, under locks on what the batch may join; what other pollers committed before is taken in first.
        // A store with one writer has no one to lock out: the keys are not worked out there.
        Set<String> locks = store.isShared() ? locks(outcomes) : Set.of();
        return store.withStoriesLocked(locks, () -> {
            catchUp.run();
            List<FeedOutcome> left = outcomes;
            while (true) {
                try {
                    return recordLocked(left, leased);
                } catch (LeaseLostException e) {
                    LOG.log(System.Logger.Level.INFO, e.getMessage());
                    left = left.stream().filter(outcome -> !e.feeds().contains(outcome.feed().name())).toList();
                    if (left.isEmpty()) {
                        return List.of();
                    }
                }
            }
        });
    }

    /**
     * What the batch's articles may join, which another poller recording at the same moment must not join unseen:
     * the stories (canonical URLs) and wire-copy bands of the new articles that match, the only ones that can raise
     * or widen a match, and the speakers the batch's statements are grouped under. A statement that names no one
     * takes no lock: it may join any speaker's remark, and a lock on all of them would make pollers take turns.
     */
    private Set<String> locks(List<FeedOutcome> outcomes) {
        Set<String> locks = new HashSet<>();
        for (FeedOutcome outcome : outcomes) {
            for (Prepared prepared : outcome.articles()) {
                boolean raises = prepared.isNew() && !prepared.matches().isEmpty();
                String canonical = raises ? prepared.canonicalUrl() : "";
                if (!canonical.isEmpty()) {
                    locks.add(canonical);
                }
                Signature signature = prepared.signature();
                if (raises && signature != null) {
                    WireCopyIndex.bandKeys(signature).forEach(key -> locks.add("wire-copy band " + key));
                }
                for (Statement statement : analysis.resolve(prepared.statements())) {
                    if (statement.speaker() != null) {
                        locks.add("speaker " + Speakers.key(statement.speaker()));
                    }
                }
            }
        }
        return locks;
    }

    private List<Event> recordLocked(List<FeedOutcome> outcomes, boolean leased) {
        // Left by a batch that failed before its commit: it never reached the store.
        filedInBatch.forEach(copies::remove);
        filedInBatch.clear();
        Batch batch = new Batch();
        String holder = leases.holder();
        if (leased && !holder.isEmpty()) {
            batch.leasedBy(holder, outcomes.stream().map(outcome -> outcome.feed().name()).toList());
        }
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
        // The outbox keeps each event's JSON line; writing them is a share of the writer's work that needs none of
        // its state, so idle cores share it.
        List<String> lines = events.parallelStream().map(EventJson::write).toList();
        for (int i = 0; i < events.size(); i++) {
            batch.event(events.get(i), routing.hooksFor(events.get(i)), lines.get(i));
        }
        unsavedAliases.putAll(analysis.drainLearned());
        unsavedAliases.forEach(batch::alias);
        try {
            List<Store.Committed> done = store.commit(batch);
            List<Event> committed = done.stream().map(Store.Committed::event).toList();
            catchUp.committed(done.stream().map(Store.Committed::seq).toList());
            tracker.committed();
            unsavedAliases.clear();
            filedInBatch.clear();
            return committed;
        } finally {
            tracker.abandoned();
            filedInBatch.forEach(copies::remove);
            filedInBatch.clear();
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
        String canonical = prepared.canonicalUrl();
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
        if (!copies.contains(article.id())) {
            copies.add(article.id(), signature);
            filedInBatch.add(article.id());
        }
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
