package wirewatch.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.FullText;
import wirewatch.feed.HttpLimits;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PollerStatus;
import wirewatch.store.PostgresStore;

/**
 * Two pollers started one after the other on one PostgreSQL store split even the first round: the first claims every
 * feed, and once it counts the second it hands on the feeds whose polls it has not started, which the second polls
 * at once. Each feed is fetched once. The two pollers read the same feeds from two servers, so each server's
 * requests are one poller's.
 */
class FirstRoundSplitTest {
    private static final int FEEDS = 8;

    @Test
    void pollerOverItsShareHandsOnTheFeedsItHasNotPolled() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        CountDownLatch release = new CountDownLatch(1);
        try (NewsServer siteOne = new NewsServer();
             NewsServer siteTwo = new NewsServer();
             PostgresStore one = PostgresStore.open(address, Map.of());
             PostgresStore two = PostgresStore.open(address, Map.of())) {
            for (NewsServer site : List.of(siteOne, siteTwo)) {
                for (int f = 0; f < FEEDS; f++) {
                    site.put("/f" + f + ".xml", NewsServer.rss("desk " + f, NewsServer.item("d" + f,
                            "Desk " + f + " bulletin", "http://127.0.0.1:9/d" + f, DATE, "<p>Grain prices.</p>")));
                }
            }
            for (int f = 0; f < FEEDS; f++) {
                siteOne.hold("/f" + f + ".xml", release);
            }
            // Two fetch threads: the first poller's first two polls wait on the server, the other six in its queue.
            EngineOptions options = new EngineOptions(1, HttpLimits.defaults(), false, Duration.ofSeconds(30));
            try (Engine first = Engine.create(config(siteOne), one, Clock.systemUTC(), options)) {
                first.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> siteOne.requestsUnder("/f") == 2);
                try (Engine second = Engine.create(config(siteTwo), two, Clock.systemUTC(), options)) {
                    second.start();
                    // Released once the first poller's keeper has counted the second, so it is over its share: the
                    // second renewal after a look that sees both began after the second poller's row was committed.
                    await().atMost(Duration.ofSeconds(30)).until(() -> one.pollers().size() == 2);
                    Instant seen = firstToStart(one.pollers()).heartbeat();
                    await().atMost(Duration.ofSeconds(30)).until(() -> firstToStart(one.pollers()).heartbeat()
                            .isAfter(seen));
                    Instant renewed = firstToStart(one.pollers()).heartbeat();
                    await().atMost(Duration.ofSeconds(30)).until(() -> firstToStart(one.pollers()).heartbeat()
                            .isAfter(renewed));
                    release.countDown();
                    await().atMost(Duration.ofSeconds(60)).until(() -> one.counts().articles() == FEEDS);
                }
            }
            for (int f = 0; f < FEEDS; f++) {
                String path = "/f" + f + ".xml";
                assertEquals(1, siteOne.requestsUnder(path) + siteTwo.requestsUnder(path), path + " fetched once");
            }
            // Over a share of four with eight held, the first hands on at least the two of its queue it reaches first.
            assertTrue(siteTwo.requestsUnder("/f") >= 2, "the second poller fetched " + siteTwo.requestsUnder("/f"));
        } finally {
            release.countDown();
        }
    }

    private static PollerStatus firstToStart(List<PollerStatus> pollers) {
        return pollers.stream().min(Comparator.comparing(PollerStatus::started)).orElseThrow();
    }

    private static Config config(NewsServer site) {
        List<FeedSpec> feeds = new ArrayList<>();
        for (int f = 0; f < FEEDS; f++) {
            feeds.add(FeedSpec.of("desk-" + f, URI.create(site.url("/f" + f + ".xml"))).withFullText(FullText.NEVER));
        }
        return new Config(Path.of("feeds.yml"), FeedSpec.DEFAULT_EVERY, feeds, List.of(), Map.of(), List.of(),
                List.of(), null, Duration.ofSeconds(3));
    }
}
