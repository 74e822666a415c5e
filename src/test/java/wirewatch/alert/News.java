package wirewatch.alert;

import java.time.Instant;
import java.util.List;
import wirewatch.event.ArticleRef;
import wirewatch.event.EventIds;
import wirewatch.event.Mark;
import wirewatch.event.MatchEvent;
import wirewatch.event.Quote;
import wirewatch.statement.Statement;

/** Match events about a made-up ceasefire story, as the engine would report them. */
final class News {
    static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    private News() {
    }

    static MatchEvent match(String title) {
        return match(EventIds.of("ceasefire-kremlin", title), title);
    }

    static MatchEvent match(String id, String title) {
        ArticleRef article = new ArticleRef(EventIds.of("article", title), "kyiv-wire", title,
                "https://kyiv-wire.example/world/" + Math.abs(title.hashCode()), T0.minusSeconds(600));
        return new MatchEvent(id, T0, "ceasefire-kremlin", article, List.of(),
                "…the Kremlin said it would study the ceasefire proposal…", List.of("kremlin", "ceasefire"),
                List.of(new Mark(5, 12), new Mark(37, 46)),
                List.of(new Quote("Dmitry Peskov", "We need to study it carefully", Statement.Kind.DIRECT)));
    }
}
