package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Diff;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/**
 * A statement in a matched article: {@code change} is {@code new} for a remark not seen before from this speaker,
 * {@code variant} for another rendering of an earlier remark, which {@code previous} then shows with a word diff.
 * {@code group} is shared by every rendering of one remark. {@code speaker} is absent when the article does not
 * say who spoke; JSON then writes {@code "speaker":null}.
 */
@JsonPropertyOrder({"id", "type", "time", "watch", "change", "speaker", "quote", "kind", "group", "article",
        "previous"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementEvent(String id, Instant time, String watch, Grouped.Change change,
                             @JsonProperty("speaker") @JsonInclude(JsonInclude.Include.ALWAYS)
                             @Nullable String speaker, String quote,
                             Statement.Kind kind, String group, ArticleRef article,
                             @Nullable Previous previous)
        implements ArticleEvent {

    /** The earlier rendering a variant is compared with, and the word diff from it to this one. */
    @JsonPropertyOrder({"speaker", "quote", "kind", "article", "diff"})
    public record Previous(@Nullable String speaker, String quote, Statement.Kind kind, ArticleRef article,
                           Diff diff) {
    }

    @Override
    public String type() {
        return "statement";
    }

    @Override
    public String watchName() {
        return watch;
    }



}
