package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A feed could not be fetched or read this round; the round goes on without it. */
@JsonPropertyOrder({"id", "type", "time", "feed", "url", "error"})
public record FeedErrorEvent(String id, Instant time, @JsonProperty("feed") String feed,
                             @JsonProperty("url") String url, String error) implements Event {
    @Override
    public String type() {
        return "feed_error";
    }

    @Override
    public @Nullable String watchName() {
        return null;
    }

    @Override
    public String title() {
        return error;
    }

    @Override
    public @Nullable String speaker() {
        return null;
    }
}
