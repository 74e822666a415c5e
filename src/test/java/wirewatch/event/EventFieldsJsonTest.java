package wirewatch.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirewatch.statement.Diff;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.statement.WordDiff;

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
        StatementEvent event = new StatementEvent("e1", T0, "ceasefire-kremlin", Grouped.Change.NEW, "Dmitry Peskov",
                "We need to study it carefully", Statement.Kind.DIRECT, "g1", article, null);

        assertEquals("Dmitry Peskov", json(event).path("speaker").asText());
    }

    @Test
    void unattributedStatementEventWritesANullSpeaker() throws Exception {
        ArticleRef article = new ArticleRef("a2", "kyiv-wire", "Talks resume", "https://kyiv-wire.example/2", T0);
        StatementEvent.Previous previous = new StatementEvent.Previous(null, "We will not sign it",
                Statement.Kind.DIRECT, article, new Diff(List.of()));
        StatementEvent event = new StatementEvent("e3", T0, "ceasefire-kremlin", Grouped.Change.VARIANT, null,
                "We will not sign this", Statement.Kind.DIRECT, "g2", article, previous);

        JsonNode json = json(event);

        assertTrue(json.has("speaker") && json.get("speaker").isNull(), json.toString());
        assertTrue(json.path("previous").has("speaker") && json.path("previous").get("speaker").isNull(),
                json.toString());
    }

    @Test
    void matchEventListsAnUnattributedStatementWithANullSpeaker() throws Exception {
        ArticleRef article = new ArticleRef("a2", "kyiv-wire", "Talks resume", "https://kyiv-wire.example/2", T0);
        MatchEvent event = new MatchEvent("e4", T0, "ceasefire-kremlin", article, List.of(), "talks resume",
                List.of("talks"), List.of(new Mark(0, 5)), List.of(new Quote(null, "We will not sign this",
                        Statement.Kind.DIRECT)));

        JsonNode quote = json(event).path("statements").path(0);

        assertTrue(quote.has("speaker") && quote.get("speaker").isNull(), quote.toString());
    }

    @Test
    void feedErrorEventCarriesItsFeedAndUrl() throws Exception {
        FeedErrorEvent event = new FeedErrorEvent("e2", T0, "kyiv-wire", "https://kyiv-wire.example/rss",
                "HTTP 503 Service Unavailable");

        JsonNode json = json(event);

        assertEquals("kyiv-wire", json.path("feed").asText());
        assertEquals("https://kyiv-wire.example/rss", json.path("url").asText());
    }

    @Test
    void revisionDiffIsWrittenAsMarkedText() throws Exception {
        ArticleRef article = new ArticleRef("a3", "kyiv-wire", "Talks resume", "https://kyiv-wire.example/3", T0);
        RevisionEvent.Change change = new RevisionEvent.Change("title", "Talks stall", "Talks resume",
                WordDiff.between("Talks stall", "Talks resume"));

        String line = EventJson.write(new RevisionEvent("e4", T0, "ceasefire-kremlin", article, List.of(change)));

        assertTrue(line.contains("\"changes\":[{\"field\":\"title\",\"before\":\"Talks stall\","
                + "\"after\":\"Talks resume\",\"diff\":\"Talks [-stall-]{+resume+}\"}]"), line);
    }

    @Test
    void kindsAreWrittenInTheirLowerCaseNames() throws Exception {
        ArticleRef article = new ArticleRef("a5", "kyiv-wire", "Talks resume", "https://kyiv-wire.example/5", T0);
        StatementEvent.Previous previous = new StatementEvent.Previous("Dmitry Peskov", "it needs study",
                Statement.Kind.INDIRECT, article, WordDiff.between("it needs study", "it needs careful study"));
        String line = EventJson.write(new StatementEvent("e5", T0, "ceasefire-kremlin", Grouped.Change.VARIANT,
                "Dmitry Peskov", "it needs careful study", Statement.Kind.INDIRECT, "g5", article, previous));

        assertTrue(line.contains("\"change\":\"variant\",\"speaker\":\"Dmitry Peskov\","
                + "\"quote\":\"it needs careful study\",\"kind\":\"indirect\""), line);
        assertTrue(line.contains("\"kind\":\"indirect\",\"article\""), line);
        assertTrue(line.endsWith("\"diff\":\"it needs {+careful+} study\"}}"), line);
    }
}
