package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Diff;

/** A matched article changed after it was first seen: each changed field with a word diff. */
@JsonPropertyOrder({"id", "type", "time", "watch", "article", "changes"})
public record RevisionEvent(String id, Instant time, String watch, ArticleRef article, List<Change> changes)
        implements ArticleEvent {
    public RevisionEvent {
        changes = List.copyOf(changes);
    }

    /**
     * One changed field ({@code title}, {@code text}, or {@code statement}) and its word diff, which JSON writes
     * in the marked text form of {@link Diff#marked()}.
     */
    @JsonPropertyOrder({"field", "before", "after", "diff"})
    public record Change(String field, String before, String after, Diff diff) {
    }

    @Override
    public String type() {
        return "revision";
    }

    @Override
    public String watchName() {
        return watch;
    }




    @Override
    public @Nullable String speaker() {
        return null;
    }
}
