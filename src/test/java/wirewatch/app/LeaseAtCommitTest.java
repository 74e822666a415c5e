package wirewatch.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;

/**
 * A poller that stalls past its lease in the middle of a poll, while another poller takes the feed over, records
 * nothing of that poll: the new holder polls the feed and records it, once.
 */
class LeaseAtCommitTest {
    private static final String STORY = "<p>The Kremlin said on Thursday it would study the American ceasefire "
            + "proposal before giving an answer, as envoys prepared for another day of talks in Geneva.</p>";

    @Test
    void pollOfAFeedTakenOverMeanwhileIsNotRecorded() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (NewsServer site = new NewsServer();
             PostgresStore store = PostgresStore.open(address, Map.of())) {
            site.put("/wire-a.xml", NewsServer.rss("Wire A", NewsServer.item("a-1", "Kremlin to study truce plan",
                    "http://127.0.0.1:9/a-1", DATE, STORY)));
            CountDownLatch release = new CountDownLatch(1);
            site.hold("/wire-a.xml", release);
            List<Event> events = Collections.synchronizedList(new ArrayList<>());
            Config config = Config.of(List.of(FeedSpec.of("wire-a", URI.create(site.url("/wire-a.xml")))),
                    List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
            try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
                engine.addSink(events::addAll);
                engine.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> site.requestsUnder("/wire-a") == 1);
                // Stalled past its term: another poller took the feed, for ten minutes.
                PgServer.shared().run(address, "UPDATE lease SET owner = 'elsewhere:1:0', expires = "
                        + "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT) + 600000 "
                        + "WHERE kind = 'feed' AND name = 'wire-a'");
                release.countDown();
                await().atMost(Duration.ofSeconds(30)).until(() -> engine.status().lastRound() != null);
            }
            assertTrue(events.isEmpty(), "events: " + events);
            assertEquals(0, store.lastEventSeq());
            assertEquals(0, store.counts().articles());
            assertNull(store.feedState("wire-a").lastPolled());
        }
    }
}
