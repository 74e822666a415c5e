package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article matched a watch. {@code also} lists the other outlets that ran the same wire copy. */
@JsonPropertyOrder({"id", "type", "time", "watch", "article", "also", "snippet", "terms", "marks", "statements"})
public record MatchEvent(String id, Instant time, String watch, ArticleRef article, List<Outlet> also,
                         String snippet, List<String> terms, List<Mark> marks, List<Quote> statements)
        implements ArticleEvent {
    public MatchEvent {
        also = List.copyOf(also);
        terms = List.copyOf(terms);
        marks = List.copyOf(marks);
        statements = List.copyOf(statements);
    }

    @Override
    public String type() {
        return "match";
    }

    @Override
    public String watchName() {
        return watch;
    }




    /** The first statement's speaker; absent when there is none or it names no one. */
    @Override
    public @Nullable String speaker() {
        return statements.isEmpty() ? null : statements.get(0).speaker();
    }

    public MatchEvent withAlso(Outlet outlet) {
        List<Outlet> more = new java.util.ArrayList<>(also);
        more.add(outlet);
        return new MatchEvent(id, time, watch, article, more, snippet, terms, marks, statements);
    }
}
