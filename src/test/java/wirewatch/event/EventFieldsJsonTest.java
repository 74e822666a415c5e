package wirewatch.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fields that events also expose to hooks must still be written to their JSON line (DESIGN section 8). */
class EventFieldsJsonTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    private static JsonNode json(Event event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    @Test
    void statementEventCarriesItsSpeaker() throws Exception {
        ArticleRef article = new ArticleRef("a1", "kyiv-wire", "Kremlin to study truce", "https://kyiv-wire.example/1",
                T0);
        StatementEvent event = new StatementEvent("e1", T0, "ceasefire-kremlin", "new", "Dmitry Peskov",
                "We need to study it carefully", "direct", "g1", article, null);

        assertEquals("Dmitry Peskov", json(event).path("speaker").asText());
    }

    @Test
    void feedErrorEventCarriesItsFeedAndUrl() throws Exception {
        FeedErrorEvent event = new FeedErrorEvent("e2", T0, "kyiv-wire", "https://kyiv-wire.example/rss",
                "HTTP 503 Service Unavailable");

        JsonNode json = json(event);

        assertEquals("kyiv-wire", json.path("feed").asText());
        assertEquals("https://kyiv-wire.example/rss", json.path("url").asText());
    }
}
