package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;

/**
 * What one hook run receives: the event's JSON line for standard input and the {@code WIREWATCH_*} variables for
 * its environment. The JSON is passed on as stored; the variables are cleaned of control characters and escape
 * sequences ({@link SafeText}), and absent values are empty strings.
 */
record HookInput(String id, String type, String watch, String title, String url, String feed, String speaker,
                 String json) {
    HookInput {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(json, "json");
    }

    /** The input for an event about to be (or being) reported. */
    static HookInput of(Event event) {
        return of(event, EventJson.write(event));
    }

    /**
     * The input for an event as the outbox stored it. JSON the event records no longer read (written by another
     * version) still gives the id, type and watch, so the hook runs with the stored line rather than not at all.
     */
    static HookInput parse(String json) throws JsonProcessingException {
        JsonNode tree = EventJson.mapper().readTree(json);
        String type = tree.path("type").asText("");
        Class<? extends Event> kind = kindOf(type);
        if (kind != null) {
            try {
                Event event = EventJson.mapper().readerFor(kind)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).treeToValue(tree, kind);
                return of(event, json);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // Falls through to the fields every event has.
            }
        }
        return new HookInput(tree.path("id").asText(""), type, tree.path("watch").asText(""), "", "", "", "", json);
    }

    private static HookInput of(Event event, String json) {
        return new HookInput(event.id(), event.type(), orEmpty(event.watchName()), orEmpty(event.title()),
                orEmpty(event.url()), orEmpty(event.feed()), orEmpty(event.speaker()), json);
    }

    private static @Nullable Class<? extends Event> kindOf(String type) {
        switch (type) {
            case "match":
                return MatchEvent.class;
            case "statement":
                return StatementEvent.class;
            case "revision":
                return RevisionEvent.class;
            case "feed_error":
                return FeedErrorEvent.class;
            default:
                return null;
        }
    }

    /** The {@code WIREWATCH_*} variables, in a fixed order, each on one clean line. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("WIREWATCH_ID", SafeText.line(id));
        env.put("WIREWATCH_EVENT", SafeText.line(type));
        env.put("WIREWATCH_WATCH", SafeText.line(watch));
        env.put("WIREWATCH_TITLE", SafeText.line(title));
        env.put("WIREWATCH_URL", SafeText.line(url));
        env.put("WIREWATCH_FEED", SafeText.line(feed));
        env.put("WIREWATCH_SPEAKER", SafeText.line(speaker));
        return env;
    }

    /** The bytes a hook reads on standard input: the JSON line and its newline. */
    String stdin() {
        return json + "\n";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
