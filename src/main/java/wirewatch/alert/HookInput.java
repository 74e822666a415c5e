package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.feed.TerminalText;

/**
 * What one hook run receives: the event's JSON line for standard input and the {@code WIREWATCH_*} variables for
 * its environment. The JSON is passed on as stored, with any control character a line stored by an older version
 * may hold escaped ({@link TerminalText#escapeInJson}); the variables are cleaned of control characters and escape
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
     * The input for an event as the outbox stored it, read from the fields of its JSON line (DESIGN section 8):
     * the article's title, URL and feed, or for a feed error its error, URL and feed; the statement's speaker, or
     * for a match its first statement's. Fields a line lacks (one written by another version) are empty.
     */
    static HookInput parse(String json) throws JsonProcessingException {
        JsonNode event = EventJson.mapper().readTree(json);
        JsonNode article = event.path("article");
        String speaker = event.has("speaker") ? text(event, "speaker")
                : text(event.path("statements").path(0), "speaker");
        return new HookInput(text(event, "id"), text(event, "type"), text(event, "watch"),
                article.isObject() ? text(article, "title") : text(event, "error"),
                article.isObject() ? text(article, "url") : text(event, "url"),
                article.isObject() ? text(article, "feed") : text(event, "feed"), speaker, json);
    }

    private static HookInput of(Event event, String json) {
        return new HookInput(event.id(), event.type(), orEmpty(event.watchName()), orEmpty(event.title()),
                orEmpty(event.url()), orEmpty(event.feed()), orEmpty(event.speaker()), json);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
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
        return TerminalText.escapeInJson(json) + "\n";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
