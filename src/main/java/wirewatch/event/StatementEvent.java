package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A statement in a matched article: {@code change} is {@code new} for a remark not seen before from this speaker,
 * {@code variant} for another rendering of an earlier remark, which {@code previous} then shows with a word diff.
 * {@code group} is shared by every rendering of one remark.
 */
@JsonPropertyOrder({"id", "type", "time", "watch", "change", "speaker", "quote", "kind", "group", "article",
        "previous"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementEvent(String id, Instant time, String watch, String change,
                             @JsonProperty("speaker") String speaker, String quote,
                             String kind, String group, ArticleRef article, @Nullable Previous previous)
        implements Event {

    /** The earlier rendering a variant is compared with, and the word diff from it to this one. */
    @JsonPropertyOrder({"speaker", "quote", "kind", "article", "diff"})
    public record Previous(String speaker, String quote, String kind, ArticleRef article, String diff) {
    }

    @Override
    public String type() {
        return "statement";
    }

    @Override
    public String watchName() {
        return watch;
    }

    @Override
    public String title() {
        return article.title();
    }

    @Override
    public String url() {
        return article.url();
    }

    @Override
    public String feed() {
        return article.feed();
    }
}
