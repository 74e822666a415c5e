package wirewatch.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import wirewatch.statement.Diff;
import org.jspecify.annotations.Nullable;
import wirewatch.event.ArticleRef;
import wirewatch.event.EventIds;
import wirewatch.event.Mark;
import wirewatch.event.MatchEvent;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Writes a small story into a real store the way the engine would: articles, their matches with snippets and
 * marks, statements with variant groups, revisions, and the events that report them.
 */
final class Newsroom {
    static final Instant MORNING = Instant.parse("2025-06-02T07:30:00Z");
    static final String WATCH = "truce-talks";

    private final Store store;

    Newsroom(Store store) {
        this.store = store;
    }

    /** Publishes an article matched by {@code watch}; the snippet's marks are every occurrence of {@code term}. */
    Article publish(String watch, String id, String feed, String title, String body, Instant published,
                    String snippet, String term) {
        Article article = new Article(id, feed, "guid-" + id, "http://127.0.0.1:9/" + feed + "/" + id, title, body,
                published, List.of());
        List<Mark> marks = marks(snippet, term);
        MatchEvent event = new MatchEvent(EventIds.of("match", watch, id), published, watch, ref(article),
                List.of(), snippet, List.of(term.toLowerCase()), marks, List.of());
        store.commit(new Batch()
                .article(new Batch.ArticleWrite(article, "hash-" + id, null, published, null, false))
                .match(new Batch.MatchWrite(watch, id, published, snippet, List.of(term.toLowerCase()), marks,
                        List.of()))
                .event(event, List.of()));
        return article;
    }

    /** Records that another watch matched an article already published. */
    void alsoMatched(String watch, Article article, String term) {
        List<Mark> marks = marks(article.body(), term);
        Instant at = article.published() != null ? article.published() : MORNING;
        store.commit(new Batch()
                .match(new Batch.MatchWrite(watch, article.id(), at, article.body(), List.of(term), marks, List.of()))
                .event(new MatchEvent(EventIds.of("match", watch, article.id()), at, watch, ref(article), List.of(),
                        article.body(), List.of(term), marks, List.of()), List.of()));
    }

    Article publish(String id, String feed, String title, Instant published, String snippet, String term) {
        return publish(WATCH, id, feed, title, snippet, published, snippet, term);
    }

    /**
     * Records a statement of the article; {@code change} is "new" for a new remark, "variant" for a rendering, and
     * {@code speaker} is null when the article names no one.
     */
    void said(Article article, @Nullable String speaker, String quote, String kind, String group, String change,
              Instant time) {
        int start = Math.max(0, article.body().indexOf(quote));
        StatementEvent event = new StatementEvent(EventIds.of("statement", article.id(), quote), time, WATCH,
                Grouped.Change.parse(change), speaker, quote, Statement.Kind.parse(kind), group, ref(article), null);
        store.commit(new Batch()
                .statement(new Batch.StatementWrite(article.id(), speaker, quote, Statement.Kind.parse(kind), start,
                        start + quote.length(), group, Grouped.Change.parse(change), time))
                .event(event, List.of()));
    }

    /** Records that an edit of the article took out one of its statements. */
    void unsaid(Article article, String quote, Instant time) {
        StoredStatement gone = store.statementsOf(article.id()).stream().filter(s -> s.quote().equals(quote))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not said in " + article.id()));
        String line = gone.speaker() + ": " + quote;
        RevisionEvent.Change change = new RevisionEvent.Change("statement", line, "", Diff.deleted(line));
        store.commit(new Batch()
                .removal(gone.id(), time)
                .revision(new Batch.RevisionWrite(article.id(), time, List.of(change)))
                .event(new RevisionEvent(EventIds.of("revision", article.id(), line), time, WATCH, ref(article),
                        List.of(change)), List.of()));
    }

    /** Records that the article's title was edited after publication. */
    void retitled(Article article, String before, String after, String diff, Instant time) {
        RevisionEvent.Change change = new RevisionEvent.Change("title", before, after, Diff.parse(diff));
        store.commit(new Batch()
                .revision(new Batch.RevisionWrite(article.id(), time, List.of(change)))
                .event(new RevisionEvent(EventIds.of("revision", article.id(), after), time, WATCH, ref(article),
                        List.of(change)), List.of()));
    }

    /** The opening of the story: three outlets on the first day of talks, with one remark in two renderings. */
    void morningOfTalks() {
        Article first = publish("a1", "meridian-wire", "Ardesh and Velmora open truce talks on the Ketra",
                MORNING, "Envoys from Ardesh and Velmora met in Lusk to discuss a truce along the Ketra river.",
                "truce");
        Article second = publish("a2", "river-post", "Reyk: no truce while troops hold the east bank",
                MORNING.plus(Duration.ofMinutes(40)),
                "President Reyk said there could be no truce while Velmoran troops hold the east bank.", "truce");
        Article third = publish("a3", "ardesh-today", "Reyk sets conditions for a truce on the river",
                MORNING.plus(Duration.ofMinutes(75)),
                "The president told reporters a truce depends on the withdrawal of Velmoran units.", "truce");
        said(second, "Tomas Reyk", "There can be no truce while Velmoran troops stand on the east bank", "direct",
                "g-east-bank", "new", MORNING.plus(Duration.ofMinutes(40)));
        said(third, "Tomas Reyk", "There will be no truce while Velmoran soldiers stand on the eastern bank",
                "direct", "g-east-bank", "variant", MORNING.plus(Duration.ofMinutes(75)));
        said(first, "Dalia Okonjo", "Both delegations came to the table in good faith", "direct", "g-good-faith",
                "new", MORNING);
    }

    private static ArticleRef ref(Article article) {
        return new ArticleRef(article.id(), article.feed(), article.title(), article.url(), article.published());
    }

    private static List<Mark> marks(String snippet, String term) {
        List<Mark> marks = new java.util.ArrayList<>();
        String lower = snippet.toLowerCase();
        int at = lower.indexOf(term.toLowerCase());
        while (at >= 0) {
            marks.add(new Mark(at, at + term.length()));
            at = lower.indexOf(term.toLowerCase(), at + term.length());
        }
        return marks;
    }
}
