package wirewatch.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.event.ArticleRef;
import wirewatch.event.Event;
import wirewatch.event.EventIds;
import wirewatch.event.StatementEvent;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.statement.WordDiff;
import wirewatch.store.Batch;
import wirewatch.store.StoredStatement;

/**
 * Records the statements of a matched article, for new articles and edited ones alike: places each in its variant
 * group ({@link StatementTracker}), adds it to the batch, and returns its events, one per watch. Runs on the writer
 * thread; not thread-safe, as the tracker is not.
 */
final class StatementRecorder {
    private final StatementTracker tracker;

    StatementRecorder(StatementTracker tracker) {
        this.tracker = tracker;
    }

    /** Places a statement of the article in the story as it stands now, with the statements placed before it. */
    StatementTracker.Placed place(Statement statement, Article article, Instant now) {
        return tracker.place(statement, article.id(), article.feed(), article.title(), article.url(), now);
    }

    /**
     * Settles the story's groups once the batch's statements are placed, so that they do not depend on the order
     * the statements came in, and moves the statements whose group changed. The events already made keep the group
     * each statement was placed in, as they keep a group that a later statement merges into another.
     */
    void settle(Batch batch) {
        tracker.settle().forEach(batch::move);
    }

    /** Stores a placed statement once and returns its event for each of the watches. */
    List<Event> record(StatementTracker.Placed p, Article article, List<String> watches, Instant now, Batch batch) {
        Statement s = p.statement();
        p.merged().forEach(from -> batch.regroup(from, p.group()));
        if (p.namesGroup() && s.speaker() != null) {
            batch.attribute(p.group(), s.speaker());
        }
        // Timelines read in the story's time: when the article was published, not when it was polled.
        batch.statement(new Batch.StatementWrite(article.id(), s.speaker(), s.quote(), s.kind(),
                s.start(), s.end(), p.group(), p.change(), Recorder.sortTime(article, now)));
        StoredStatement before = p.previous();
        StatementEvent.Previous previous = before == null ? null : previous(before, s.quote());
        List<Event> events = new ArrayList<>(watches.size());
        for (String watch : watches) {
            events.add(event(watch, article.id(), s.speaker(), s.quote(), s.kind(), p.change(), p.group(),
                    Recorder.ref(article), previous, now));
        }
        return events;
    }

    /** The rendering a variant is compared with, and the word diff from it to {@code quote}. */
    static StatementEvent.Previous previous(StoredStatement before, String quote) {
        return new StatementEvent.Previous(before.speaker(), before.quote(), before.kind(),
                new ArticleRef(before.articleId(), before.feed(), before.title(), before.url(), before.published()),
                WordDiff.between(before.quote(), quote));
    }

    /**
     * A statement event for one watch. Its id names the watch, so each watch's hooks get the statement under an id
     * of their own, and the outbox, which keeps one event per id, never reports a statement twice to one watch.
     */
    static StatementEvent event(String watch, String articleId, @Nullable String speaker, String quote,
                                Statement.Kind kind, Grouped.Change change, String group, ArticleRef article,
                                StatementEvent.@Nullable Previous previous, Instant now) {
        String id = EventIds.of("statement", watch, articleId, speaker == null ? "" : speaker, quote);
        return new StatementEvent(id, now, watch, change, speaker, quote, kind, group, article, previous);
    }
}
