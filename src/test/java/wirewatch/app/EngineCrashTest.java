package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.store.SqliteStore;

/**
 * A feed nested deep enough to overflow a fetch thread's stack (Rome clones foreign markup recursively: forty
 * thousand nested elements did) fails alone: it is a feed_error, the round's other feeds are recorded, and the feed
 * is polled again. The parser now refuses such depth before anything recurses; an Error thrown by any other path in
 * one feed's work ends the same way.
 */
class EngineCrashTest {
    private static final String KREMLIN = "<p>The Kremlin said on Thursday it would study the ceasefire proposal "
            + "before giving an answer, as envoys prepared for another day of talks in Jeddah.</p>";
    /** Well past the 24,000 levels at which JIT-compiled clones overflow a default 1 MiB thread stack. */
    private static final int DEPTH = 40_000;

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

    /** An RSS feed whose one item carries an extension element nested {@link #DEPTH} deep. */
    private static String deeplyNested() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:x=\"http://example.org/x\"><channel>"
                + "<title>Deep</title><link>http://127.0.0.1/</link><description>d</description>"
                + "<item><title>Nested</title><link>http://127.0.0.1:9/n</link><guid>n-1</guid>"
                + "<x:a>".repeat(DEPTH) + "</x:a>".repeat(DEPTH) + "</item></channel></rss>";
    }

    private static String healthy(String guid) {
        return NewsServer.rss("Harbour Wire", NewsServer.item(guid, "Kremlin to study ceasefire plan",
                "http://127.0.0.1:9/" + guid, DATE, KREMLIN));
    }

    private FeedSpec feed(String name) {
        return FeedSpec.of(name, URI.create(site.url("/" + name + ".xml")));
    }

    private static Config config(FeedSpec... feeds) {
        return Config.of(List.of(feeds), List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }

    private <T extends Event> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<String> matchedFeeds() {
        return eventsOf(MatchEvent.class).stream().map(m -> m.article().feed()).toList();
    }

    @Test
    void feedNestedPastTheStackIsAFeedErrorAndTheRestOfTheRoundIsRecorded() throws Exception {
        site.put("/deep.xml", deeplyNested());
        site.put("/harbour-wire.xml", healthy("hw-1"));
        try (Engine engine = Engine.create(config(feed("deep"), feed("harbour-wire")), store, Clock.systemUTC(),
                EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            Engine.RoundSummary summary = engine.runOnce();
            assertEquals(1, summary.failed());
        }
        List<FeedErrorEvent> errors = eventsOf(FeedErrorEvent.class);
        assertEquals(1, errors.size(), "events: " + events);
        assertEquals("deep", errors.get(0).feed());
        assertTrue(errors.get(0).error().contains("nested 40"), errors.get(0).error());
        assertEquals(List.of("harbour-wire"), matchedFeeds());
        assertEquals(1, store.feedState("deep").failures());
    }

    @Test
    void continuousPollingPollsAgainAFeedThatOverflowedTheStack() throws Exception {
        site.put("/deep.xml", deeplyNested());
        FeedSpec deep = feed("deep").withEvery(Duration.ofMillis(200));
        try (Engine engine = Engine.create(config(deep), store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.start();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !eventsOf(FeedErrorEvent.class).isEmpty());
            site.put("/deep.xml", healthy("fixed-1"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> matchedFeeds().contains("deep"));
            assertEquals(0, engine.status().failing());
        }
    }
}
