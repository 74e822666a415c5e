package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something wirewatch reports: a match, a statement, a revision or a feed error. Every event has an {@code id}
 * that is the same on every delivery of that event, so hooks can drop a repeat.
 */
public sealed interface Event permits ArticleEvent, FeedErrorEvent {
    String id();

    @JsonProperty("type")
    String type();

    Instant time();

    /** The watch this event is about, or {@code null} for events that concern no watch (feed errors). */
    @JsonIgnore
    @Nullable
    String watchName();

    /** The title hooks see in {@code WIREWATCH_TITLE}. */
    @JsonIgnore
    String title();

    @JsonIgnore
    String url();

    @JsonIgnore
    String feed();

    /** The speaker hooks see in {@code WIREWATCH_SPEAKER}; absent when the event names none. */
    @JsonIgnore
    @Nullable
    String speaker();
}
