package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.FullText;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.feed.HttpLimits;
import wirewatch.store.FeedState;
import wirewatch.store.SqliteStore;

/** Hostile servers and huge feeds: each ends as a clean feed error or a complete round, never a crash or hang. */
class EngineFaultTest {
    private static final String DATE = "Fri, 14 Mar 2025 09:30:00 GMT";

    @TempDir
    Path dir;

    private MockWebServer server;
    private SqliteStore store;
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        store = SqliteStore.open(dir.resolve("w.db"));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.shutdown();
    }

    private Engine.RoundSummary round(EngineOptions options, String... paths) throws Exception {
        List<FeedSpec> feeds = new ArrayList<>();
        for (String path : paths) {
            feeds.add(FeedSpec.of("f" + feeds.size(), URI.create(server.url(path).toString()))
                    .withFullText(FullText.NEVER));
        }
        Config config = Config.of(feeds, List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), options)) {
            engine.addSink(events::addAll);
            return engine.runOnce();
        }
    }

    private static EngineOptions quick() {
        return EngineOptions.defaults().withLimits(HttpLimits.defaults().withReadTimeout(Duration.ofMillis(500))
                .withCallTimeout(Duration.ofSeconds(2)));
    }

    private List<FeedErrorEvent> errors() {
        return events.stream().filter(FeedErrorEvent.class::isInstance).map(FeedErrorEvent.class::cast).toList();
    }

    private static String feed(int items, int offset) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big"
                + "</title><link>http://127.0.0.1/</link><description>d</description>");
        for (int i = offset; i < offset + items; i++) {
            String hot = i % 10 == 0 ? " The Kremlin said it would study the ceasefire proposal." : "";
            rss.append("<item><title>Dispatch ").append(i).append("</title><link>http://127.0.0.1:9/a").append(i)
                    .append("</link><guid>g").append(i).append("</guid><pubDate>").append(DATE)
                    .append("</pubDate><description>Council members met on market day to debate item ").append(i)
                    .append(" of the budget.").append(hot).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    @Test
    void serverThatDripsOneByteASecondTimesOut() throws Exception {
        server.enqueue(new MockResponse().setBody(feed(5, 0)).throttleBody(1, 1, TimeUnit.SECONDS));
        Engine.RoundSummary summary = round(quick(), "/drip.xml");
        assertEquals(1, summary.failed());
        assertTrue(errors().get(0).error().contains("timed out"), errors().get(0).error());
    }

    @Test
    void serverThatNeverAnswersTimesOut() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        round(quick(), "/hang.xml");
        assertEquals(1, errors().size());
    }

    @Test
    void endlessBodyStopsAtTheLimit() throws Exception {
        Buffer endless = new Buffer();
        byte[] chunk = "<!-- padding padding padding padding -->".repeat(1000).getBytes();
        for (int i = 0; i < 600; i++) {
            endless.write(chunk);
        }
        server.enqueue(new MockResponse().setChunkedBody(endless, 64 * 1024));
        round(EngineOptions.defaults().withLimits(HttpLimits.defaults().withMaxFeedBytes(4 << 20)), "/endless.xml");
        assertEquals(1, errors().size());
        assertTrue(errors().get(0).error().contains("limit"), errors().get(0).error());
    }

    @Test
    void tenThousandItemsInOneFeedAreAllStoredAndMatched() throws Exception {
        server.enqueue(new MockResponse().setBody(feed(10_000, 0)));
        round(EngineOptions.defaults(), "/big.xml");
        assertEquals(10_000, store.counts().articles());
        assertEquals(1_000, events.stream().filter(MatchEvent.class::isInstance).count());
    }

    @Test
    void feedThatChangesEveryPollAnnouncesOnlyNewItems() throws Exception {
        server.enqueue(new MockResponse().setBody(feed(20, 0)));
        server.enqueue(new MockResponse().setBody(feed(20, 10)));
        round(EngineOptions.defaults(), "/moving.xml");
        round(EngineOptions.defaults(), "/moving.xml");
        List<String> matched = events.stream().filter(MatchEvent.class::isInstance)
                .map(e -> ((MatchEvent) e).article().title()).toList();
        assertEquals(List.of("Dispatch 0", "Dispatch 10", "Dispatch 20"), matched.stream().sorted().toList());
    }

    @Test
    void htmlServedAsAFeedIsAFeedError() throws Exception {
        server.enqueue(new MockResponse().addHeader("Content-Type", "text/html")
                .setBody("<!DOCTYPE html><html><head><title>Moved</title></head><body>Our feeds moved.</body></html>"));
        round(EngineOptions.defaults(), "/moved.xml");
        assertEquals(1, errors().size());
        assertTrue(errors().get(0).error().contains("HTML"), errors().get(0).error());
    }

    @Test
    void sameFailureTwiceIsReportedOnce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404));
        server.enqueue(new MockResponse().setResponseCode(404));
        round(EngineOptions.defaults(), "/gone.xml");
        round(EngineOptions.defaults(), "/gone.xml");
        assertEquals(1, errors().size());
    }

    @Test
    void pollingAFailingFeedBeforeItsBackoffIsDueLeavesTheBackoffAsItWas() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(500));
        }
        round(EngineOptions.defaults(), "/down.xml");
        FeedState first = store.feedState("f0");
        assertEquals(1, first.failures());
        // A manual refresh or a restart polls again at once: it fails, and the next poll stays where it was.
        for (int i = 0; i < 3; i++) {
            round(EngineOptions.defaults(), "/down.xml");
        }
        FeedState after = store.feedState("f0");
        assertEquals(1, after.failures());
        assertEquals(first.nextPoll(), after.nextPoll());
        assertEquals(4, server.getRequestCount());
    }
}
