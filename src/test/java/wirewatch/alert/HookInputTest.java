package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wirewatch.event.ArticleRef;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

class HookInputTest {
    @Test
    void storedMatchGivesTheSameVariablesAsTheEvent() throws Exception {
        Event event = News.match("Kremlin says it will study US ceasefire proposal");
        String stored = EventJson.write(event);

        HookInput input = HookInput.parse(stored);

        assertEquals(HookInput.of(event).environment(), input.environment());
        assertEquals(stored + "\n", input.stdin());
    }

    @Test
    void lineStoredWithARawOverrideReachesTheHookEscaped() throws Exception {
        String stored = "{\"id\":\"e1\",\"type\":\"match\",\"article\":{\"title\":\"a \u202Eb\"}}";

        HookInput input = HookInput.parse(stored);

        assertEquals("{\"id\":\"e1\",\"type\":\"match\",\"article\":{\"title\":\"a \\u202Eb\"}}\n",
                input.stdin());
        assertEquals("a b", input.environment().get("WIREWATCH_TITLE"));
    }

    @Test
    void storedEventsOfEveryTypeGiveTheirTitleUrlAndSpeaker() throws Exception {
        for (String type : new String[] {"match", "statement", "revision", "feed_error"}) {
            Event event = SampleEvents.of(type, "ceasefire-kremlin");
            assertEquals(HookInput.of(event).environment(), HookInput.parse(EventJson.write(event)).environment(),
                    type);
        }
    }

    @Test
    void unattributedStatementGivesAnEmptySpeakerVariable() throws Exception {
        ArticleRef article = new ArticleRef("a2", "kyiv-wire", "Talks resume", "https://kyiv-wire.example/2",
                Instant.parse("2025-03-13T14:02:11Z"));
        Event event = new StatementEvent("e3", Instant.parse("2025-03-13T14:02:11Z"), "ceasefire-kremlin",
                Grouped.Change.NEW, null, "We will not sign this", Statement.Kind.DIRECT, "g2", article, null);

        Map<String, String> env = HookInput.of(event).environment();

        assertEquals("", env.get("WIREWATCH_SPEAKER"));
        assertEquals(env, HookInput.parse(EventJson.write(event)).environment());
    }

    @Test
    void feedErrorGivesItsErrorAsTitleAndNoWatch() throws Exception {
        Map<String, String> env = HookInput.of(SampleEvents.of("feed_error", "ignored")).environment();
        assertEquals("", env.get("WIREWATCH_WATCH"));
        assertEquals("HTTP 503 Service Unavailable; trying again in 4m", env.get("WIREWATCH_TITLE"));
        assertEquals("example-wire", env.get("WIREWATCH_FEED"));
    }

    @Test
    void eventJsonFromAnotherVersionGivesWhatItHas() throws Exception {
        String stored = "{\"id\":\"4f1c2e\",\"type\":\"match\",\"watch\":\"truce-talks\",\"article\":{\"headline\":1}}";

        HookInput input = HookInput.parse(stored);

        assertEquals("4f1c2e", input.environment().get("WIREWATCH_ID"));
        assertEquals("match", input.environment().get("WIREWATCH_EVENT"));
        assertEquals("truce-talks", input.environment().get("WIREWATCH_WATCH"));
        assertEquals("", input.environment().get("WIREWATCH_TITLE"));
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThrows(JsonProcessingException.class, () -> HookInput.parse("{\"id\":\"4f1c2e\",\"type\":"));
    }
}
