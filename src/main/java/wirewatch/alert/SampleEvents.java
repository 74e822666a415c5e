package wirewatch.alert;

import java.time.Instant;
import java.util.List;
import wirewatch.event.ArticleRef;
import wirewatch.event.Event;
import wirewatch.event.EventIds;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.Mark;
import wirewatch.event.MatchEvent;
import wirewatch.event.Outlet;
import wirewatch.event.Quote;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.statement.WordDiff;

/** A made-up but typical event of each type, for showing what a hook would receive. Pure: fixed text and time. */
final class SampleEvents {
    /** The watch a sample stands in for when an alert listens to every watch ({@code *}). */
    static final String ANY_WATCH = "example-watch";
    /** The event types there are samples of, in the order they are shown and tried: the commonest first. */
    static final List<String> TYPES = List.of("match", "statement", "revision", "feed_error");

    private static final Instant TIME = Instant.parse("2025-03-13T14:02:11Z");
    private static final String FEED = "example-wire";
    private static final ArticleRef ARTICLE = new ArticleRef(EventIds.of("sample", "article"), FEED,
            "Kremlin says it will study US ceasefire proposal", "https://news.example.com/world/kremlin-ceasefire",
            Instant.parse("2025-03-13T13:40:00Z"));
    private static final String QUOTE = "We need to study the proposal carefully before we answer";
    private static final String SPEAKER = "Dmitry Peskov";

    private SampleEvents() {
    }

    /** A sample event of {@code type} ({@code match}, {@code statement}, {@code revision} or {@code feed_error}). */
    static Event of(String type, String watch) {
        String id = EventIds.of("sample", type, watch);
        switch (type) {
            case "match":
                return new MatchEvent(id, TIME, watch, ARTICLE,
                        List.of(new Outlet("another-wire", ARTICLE.title(), "https://another.example.org/kremlin")),
                        "…the Kremlin said it would study the ceasefire proposal…", List.of("kremlin", "ceasefire"),
                        List.of(new Mark(5, 12), new Mark(37, 46)), List.of(new Quote(SPEAKER, QUOTE,
                                Statement.Kind.DIRECT)));
            case "statement":
                return new StatementEvent(id, TIME, watch, Grouped.Change.NEW, SPEAKER, QUOTE, Statement.Kind.DIRECT,
                        EventIds.of("sample", "group"), ARTICLE, null);
            case "revision":
                return new RevisionEvent(id, TIME, watch, ARTICLE, List.of(new RevisionEvent.Change("title",
                        "Kremlin to study ceasefire proposal", ARTICLE.title(),
                        WordDiff.between("Kremlin to study ceasefire proposal", ARTICLE.title()))));
            case "feed_error":
                return new FeedErrorEvent(id, TIME, FEED, "https://news.example.com/world/rss",
                        "HTTP 503 Service Unavailable; trying again in 4m");
            default:
                throw new IllegalArgumentException("no sample for event type '" + type + "'");
        }
    }
}
