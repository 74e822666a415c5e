package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoredStatement;

/** A quote one outlet attributes and another prints without saying who spoke: the remark has one speaker. */
class SpeakerFromAnotherOutletTest {
    private static final String QUOTE = "We need to study the proposal carefully before we say anything,";
    private static final String NAMED = "<p>The Kremlin said on Thursday it would study the American ceasefire "
            + "proposal before giving an answer, as envoys prepared for another day of talks.</p>"
            + "<p>\u201C" + QUOTE + "\u201D Kremlin spokesman Dmitry Peskov told reporters in Moscow.</p>"
            + "<p>Officials in Kyiv said they had already agreed to the thirty-day truce and urged Moscow to "
            + "follow suit without preconditions, while European diplomats warned that time was short.</p>";
    private static final String UNNAMED = "<p>Moscow is in no hurry to answer the ceasefire offer, the Kremlin "
            + "signalled on Thursday, and markets in the region slipped on the news.</p>"
            + "<p>\u201C" + QUOTE + "\u201D he said.</p>"
            + "<p>Ukraine's foreign ministry called the delay a stalling tactic and said the offer had been on the "
            + "table for days, while the talks in Jeddah continued.</p>";

    @TempDir
    Path dir;

    private NewsServer site;
    private SqliteStore store;
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        site = new NewsServer();
        store = SqliteStore.open(dir.resolve("w.db"));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        site.close();
    }

    private void round(String... feeds) throws Exception {
        List<FeedSpec> specs = new ArrayList<>();
        for (String name : feeds) {
            specs.add(FeedSpec.of(name, URI.create(site.url("/" + name + ".xml"))));
        }
        Config config = Config.of(specs, List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    private void publishNamed(String title) {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", title, "http://127.0.0.1:9/hw-1", DATE, NAMED)));
    }

    private void publishUnnamed(String title) {
        publishUnnamed(title, UNNAMED);
    }

    private void publishUnnamed(String title, String body) {
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily",
                NewsServer.item("sd-1", title, "http://127.0.0.1:9/sd-1", DATE, body)));
    }

    private StatementEvent statementOf(String feed) {
        return events.stream().filter(StatementEvent.class::isInstance).map(StatementEvent.class::cast)
                .filter(s -> s.article().feed().equals(feed) && s.quote().equals(QUOTE)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement from " + feed + " in " + events));
    }

    private List<StoredStatement> stored() {
        return store.statements(null, null, 0, 100).stream().filter(s -> s.quote().equals(QUOTE)).toList();
    }

    @Test
    void unattributedQuoteTakesTheSpeakerAnotherOutletNamed() throws Exception {
        publishNamed("Kremlin to study ceasefire plan");
        round("harbour-wire");
        publishUnnamed("Moscow weighs truce offer");
        round("harbour-wire", "steppe-daily");

        StatementEvent unnamed = statementOf("steppe-daily");
        assertEquals("Dmitry Peskov", unnamed.speaker());
        assertEquals(Grouped.Change.VARIANT, unnamed.change());
        assertEquals(statementOf("harbour-wire").group(), unnamed.group());
        assertTrue(stored().stream().allMatch(s -> "Dmitry Peskov".equals(s.speaker())), stored().toString());
    }

    @Test
    void laterAttributedRenderingNamesTheStoredUnattributedOne() throws Exception {
        publishUnnamed("Moscow weighs truce offer");
        round("steppe-daily");
        assertNull(statementOf("steppe-daily").speaker());

        publishNamed("Kremlin to study ceasefire plan");
        round("harbour-wire", "steppe-daily");

        StatementEvent named = statementOf("harbour-wire");
        assertEquals(Grouped.Change.VARIANT, named.change());
        assertEquals(statementOf("steppe-daily").group(), named.group());
        assertEquals(2, stored().size());
        assertTrue(stored().stream().allMatch(s -> "Dmitry Peskov".equals(s.speaker())), stored().toString());
        // The articles' unnamed sources ("Officials in Kyiv said …") stay unattributed; the quote does not.
        assertTrue(store.unattributedStatements(10).stream().noneMatch(s -> s.quote().equals(QUOTE)),
                store.unattributedStatements(10).toString());
    }

    @Test
    void editedArticleWhoseQuoteTookItsSpeakerKeepsTheStatement() throws Exception {
        publishNamed("Kremlin to study ceasefire plan");
        publishUnnamed("Moscow weighs truce offer");
        round("harbour-wire");
        round("harbour-wire", "steppe-daily");
        events.clear();

        publishUnnamed("UPDATED: Moscow weighs truce offer");
        round("harbour-wire", "steppe-daily");

        List<RevisionEvent> revisions = events.stream().filter(RevisionEvent.class::isInstance)
                .map(RevisionEvent.class::cast).toList();
        assertEquals(1, revisions.size(), events.toString());
        assertTrue(revisions.get(0).changes().stream().noneMatch(c -> c.field().equals("statement")),
                revisions.get(0).changes().toString());
    }

    @Test
    void quoteThatTookItsSpeakerIsRemovedByAnEditAndPutBackAsTheSameStatement() throws Exception {
        publishNamed("Kremlin to study ceasefire plan");
        publishUnnamed("Moscow weighs truce offer");
        round("harbour-wire");
        round("harbour-wire", "steppe-daily");

        publishUnnamed("Moscow weighs truce offer", UNNAMED.replace("<p>\u201C" + QUOTE + "\u201D he said.</p>", ""));
        events.clear();
        round("harbour-wire", "steppe-daily");
        StoredStatement unnamed = stored().stream().filter(s -> s.feed().equals("steppe-daily")).findFirst()
                .orElseThrow();
        assertTrue(unnamed.isRemoved(), stored().toString());
        assertEquals("Dmitry Peskov", unnamed.speaker());
        assertEquals(List.of("[-Dmitry Peskov: " + QUOTE + "-]"), statementDiffs());

        publishUnnamed("Moscow weighs truce offer");
        events.clear();
        round("harbour-wire", "steppe-daily");
        List<StoredStatement> fromSteppe = stored().stream().filter(s -> s.feed().equals("steppe-daily")).toList();
        assertEquals(1, fromSteppe.size(), fromSteppe.toString());
        assertTrue(!fromSteppe.get(0).isRemoved() && "Dmitry Peskov".equals(fromSteppe.get(0).speaker()),
                fromSteppe.toString());
        assertEquals(List.of("{+Dmitry Peskov: " + QUOTE + "+}"), statementDiffs());
        assertTrue(events.stream().noneMatch(StatementEvent.class::isInstance), events.toString());
    }

    private List<String> statementDiffs() {
        return events.stream().filter(RevisionEvent.class::isInstance).map(RevisionEvent.class::cast)
                .flatMap(r -> r.changes().stream()).filter(c -> c.field().equals("statement"))
                .map(c -> c.diff().marked()).toList();
    }
}
