package wirewatch.app;

import java.time.Instant;
import java.util.List;
import wirewatch.event.EventIds;
import wirewatch.event.Mark;
import wirewatch.event.MatchEvent;
import wirewatch.event.Quote;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.store.Batch;

/** The one place a {@link Match} becomes a {@link MatchEvent}, with the match row a live match stores. Pure. */
final class MatchEvents {
    private MatchEvents() {
    }

    /** The event of a match of the article, listing its statements; {@code id} says which stream it belongs to. */
    static MatchEvent of(String id, Match match, Article article, List<Quote> quotes, Instant now) {
        return new MatchEvent(id, now, match.watch(), Recorder.ref(article), List.of(), match.snippet(),
                match.terms(), marks(match), quotes);
    }

    /** Adds the match row to the batch and returns the live event the row stands for. */
    static MatchEvent record(Match match, Article article, List<Quote> quotes, Instant now, Batch batch) {
        batch.match(new Batch.MatchWrite(match.watch(), article.id(), Recorder.sortTime(article, now),
                match.snippet(), match.terms(), marks(match), List.of()));
        return of(EventIds.of("match", match.watch(), article.id()), match, article, quotes, now);
    }

    /** A match's term spans as the event's {@code marks}. */
    private static List<Mark> marks(Match match) {
        return match.marks().stream().map(span -> new Mark(span.start(), span.end())).toList();
    }
}
