package wirewatch.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The article an event is about, as DESIGN section 8 shows it. */
@JsonPropertyOrder({"id", "feed", "title", "url", "published"})
public record ArticleRef(String id, String feed, String title, String url, @Nullable Instant published) {
    public ArticleRef {
        requireNonNull(id, "id");
        requireNonNull(feed, "feed");
        requireNonNull(title, "title");
        requireNonNull(url, "url");
    }
}
