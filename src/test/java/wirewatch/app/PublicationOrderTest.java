package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import wirewatch.config.FullText;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.MatchEvent;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.store.SqliteStore;

/**
 * A first poll brings a feed's backlog at once, newest first; it is recorded oldest first, so that the story's
 * first rendering of a remark is its new position and the names an earlier article teaches serve the later ones.
 */
class PublicationOrderTest {
    private static final String MORNING = "Fri, 14 Mar 2025 10:00:00 GMT";
    private static final String AFTERNOON = "Fri, 14 Mar 2025 14:00:00 GMT";
    /** The earlier article names the spokesman in full. */
    private static final String FULL = "<p>The Kremlin said on Friday it would not rush its reply to the American "
            + "ceasefire plan, as envoys gathered for a second day of talks.</p><p>\u201CWe will give our answer "
            + "once the talks in Riyadh are over,\u201D Kremlin spokesman Dmitry Peskov told reporters.</p>";
    /** The later one gives the surname only. */
    private static final String SHORT = "<p>Moscow again declined to say whether it would accept the ceasefire, "
            + "and the Kremlin gave no date for a reply.</p><p>\u201CWe will give our answer when the talks in "
            + "Riyadh are over,\u201D Peskov said.</p>";

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

    private FeedSpec feed(String name) {
        return FeedSpec.of(name, URI.create(site.url("/" + name + ".xml"))).withFullText(FullText.NEVER);
    }

    private Config config(String... feeds) {
        List<FeedSpec> specs = new ArrayList<>();
        for (String name : feeds) {
            specs.add(feed(name));
        }
        return Config.of(specs, List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }

    private List<StatementEvent> statements() {
        return events.stream().filter(StatementEvent.class::isInstance).map(StatementEvent.class::cast).toList();
    }

    private StatementEvent statementOf(String title) {
        return statements().stream().filter(s -> s.article().title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement in '" + title + "': " + events));
    }

    private void pollOnce(Config config) throws Exception {
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    private static String undated(String guid, String title, String body) {
        return "<item><title>" + title + "</title><link>http://127.0.0.1:9/" + guid + "</link><guid>" + guid
                + "</guid><description><![CDATA[" + body + "]]></description></item>";
    }

    @Test
    void earlierRemarkIsTheNewPositionAndTheLaterOneItsVariant() throws Exception {
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily",
                NewsServer.item("sd-2", "Kremlin still silent on truce", "http://127.0.0.1:9/sd-2", AFTERNOON, SHORT),
                NewsServer.item("sd-1", "Kremlin in no hurry on truce", "http://127.0.0.1:9/sd-1", MORNING, FULL)));
        pollOnce(config("steppe-daily"));
        assertEquals(Grouped.Change.NEW, statementOf("Kremlin in no hurry on truce").change());
        StatementEvent later = statementOf("Kremlin still silent on truce");
        assertEquals(Grouped.Change.VARIANT, later.change());
        assertNotNull(later.previous());
        assertEquals("Kremlin in no hurry on truce", later.previous().article().title());
    }

    @Test
    void fullNameFromTheEarlierArticleNamesTheLaterSpeaker() throws Exception {
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily",
                NewsServer.item("sd-2", "Kremlin still silent on truce", "http://127.0.0.1:9/sd-2", AFTERNOON, SHORT),
                NewsServer.item("sd-1", "Kremlin in no hurry on truce", "http://127.0.0.1:9/sd-1", MORNING, FULL)));
        pollOnce(config("steppe-daily"));
        assertEquals("Dmitry Peskov", statementOf("Kremlin still silent on truce").speaker());
        assertEquals(List.of("Dmitry Peskov"), store.speakers().stream().filter(s -> s.contains("Peskov")).toList());
    }

    @Test
    void undatedItemsFollowTheDatedOnesInFeedOrder() throws Exception {
        String text = "<p>The Kremlin said the ceasefire talks would go on.</p>";
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily",
                undated("u-1", "Talks go on, first undated", text),
                NewsServer.item("d-2", "Talks go on, afternoon", "http://127.0.0.1:9/d-2", AFTERNOON,
                        text + "<p>2</p>"),
                undated("u-2", "Talks go on, second undated", text + "<p>More.</p>"),
                NewsServer.item("d-1", "Talks go on, morning", "http://127.0.0.1:9/d-1", MORNING, text + "<p>1</p>")));
        pollOnce(config("steppe-daily"));
        List<String> recorded = events.stream().filter(MatchEvent.class::isInstance)
                .map(e -> ((MatchEvent) e).article().title()).toList();
        assertEquals(List.of("Talks go on, morning", "Talks go on, afternoon", "Talks go on, first undated",
                "Talks go on, second undated"), recorded);
    }

    @Test
    void feedsRecordedTogetherAreRecordedInPublicationOrder() throws Exception {
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily",
                NewsServer.item("sd-2", "Kremlin still silent on truce", "http://127.0.0.1:9/sd-2", AFTERNOON, SHORT)));
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin in no hurry on truce", "http://127.0.0.1:9/hw-1", MORNING, FULL)));
        Config config = config("steppe-daily", "harbour-wire");
        try (Parts parts = Parts.build(config, store, Clock.systemUTC(), EngineOptions.defaults().withHooks(false))) {
            // Polled in the config's order, the later article first; recorded in one batch.
            List<FeedOutcome> round = List.of(parts.feedTask().poll(config.feeds().get(0)),
                    parts.feedTask().poll(config.feeds().get(1)));
            events.addAll(parts.recorder().record(round, false));
        }
        assertEquals(Grouped.Change.NEW, statementOf("Kremlin in no hurry on truce").change());
        StatementEvent later = statementOf("Kremlin still silent on truce");
        assertEquals(Grouped.Change.VARIANT, later.change());
        assertEquals("Dmitry Peskov", later.speaker());
    }
}
