package wirewatch.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import wirewatch.feed.TerminalText;

/**
 * Writes events as the one-line JSON objects of DESIGN section 8. Control characters (escaped by Jackson) and C1
 * and bidirectional controls ({@link TerminalText#escapeInJson}) appear only as <code>&#92;uXXXX</code> escapes,
 * so a line printed by {@code tail --json} or read by a hook keeps the data and gives a terminal nothing to act
 * on. Thread-safe.
 */
public final class EventJson {
    /** Built on first use: a round that writes no event (all feeds unchanged) does not pay for a mapper. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private EventJson() {
    }

    /** The event as one line of JSON, without a trailing newline. */
    public static String write(Object event) {
        try {
            return TerminalText.escapeInJson(Holder.MAPPER.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The shared mapper, configured for events; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }
}
