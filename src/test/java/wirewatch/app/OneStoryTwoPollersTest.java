package wirewatch.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.store.MatchRow;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;

/**
 * Two pollers on one PostgreSQL store bring the same story from two outlets at the same moment: one match, whose
 * {@code also} names the other outlet, and one match event.
 */
class OneStoryTwoPollersTest {
    private static final String DATE = "Thu, 13 Mar 2025 14:02:11 GMT";
    private static final String STORY = "<p>The Kremlin said on Thursday it would study the American ceasefire "
            + "proposal before giving an answer, as envoys prepared for another day of talks in Geneva.</p>";

    @Test
    void storyFromTwoOutletsAtOnceIsOneMatchWithAlso() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try (NewsServer site = new NewsServer();
             PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.open(address, Map.of())) {
            CountDownLatch release = new CountDownLatch(1);
            for (String outlet : List.of("wire-a", "wire-b")) {
                // One story, one address: the outlets' links differ only by their tracking parameters.
                site.put("/" + outlet + ".xml", NewsServer.rss(outlet, NewsServer.item(outlet + "-1",
                        "Kremlin to study truce plan", "http://127.0.0.1:9/world/truce?utm_source=" + outlet, DATE,
                        STORY)));
                site.hold("/" + outlet + ".xml", release);
            }
            try (Engine a = Engine.create(config(site, "wire-a"), first, Clock.systemUTC(), EngineOptions.defaults());
                 Engine b = Engine.create(config(site, "wire-b"), second, Clock.systemUTC(),
                         EngineOptions.defaults())) {
                Future<?> polledA = pollers.submit(() -> a.runOnce());
                Future<?> polledB = pollers.submit(() -> b.runOnce());
                await().atMost(Duration.ofSeconds(30)).until(() -> site.requestsUnder("/wire-") == 2);
                release.countDown();
                polledA.get(60, TimeUnit.SECONDS);
                polledB.get(60, TimeUnit.SECONDS);
            }
            List<MatchRow> matches = first.matches("truce", null, 0, 10);
            assertEquals(1, matches.size(), "matches: " + matches);
            String other = matches.get(0).feed().equals("wire-a") ? "wire-b" : "wire-a";
            assertEquals(List.of(other), matches.get(0).also());
            assertEquals(1, first.eventsAfter(0, 100).stream().filter(e -> e.type().equals("match")).count());
            assertEquals(2, first.counts().articles());
        } finally {
            pollers.shutdownNow();
        }
    }

    private static Config config(NewsServer site, String outlet) {
        return Config.of(List.of(FeedSpec.of(outlet, URI.create(site.url("/" + outlet + ".xml")))),
                List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }
}
