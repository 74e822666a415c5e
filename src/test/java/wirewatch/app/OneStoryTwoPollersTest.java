package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
    private static final String STORY = "<p>The Kremlin said on Thursday it would study the American ceasefire "
            + "proposal before giving an answer, as envoys prepared for another day of talks in Geneva.</p>";

    @Test
    void storyFromTwoOutletsAtOnceIsOneMatchWithAlso() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
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
            PollersAtOnce.round(site, "/wire-", release, config(site, "wire-a"), first, config(site, "wire-b"),
                    second);
            List<MatchRow> matches = first.matches("truce", null, 0, 10);
            assertEquals(1, matches.size(), "matches: " + matches);
            String other = matches.get(0).feed().equals("wire-a") ? "wire-b" : "wire-a";
            assertEquals(List.of(other), matches.get(0).also());
            assertEquals(1, first.eventsAfter(0, 100).stream().filter(e -> e.type().equals("match")).count());
            assertEquals(2, first.counts().articles());
        }
    }

    private static Config config(NewsServer site, String outlet) {
        return Config.of(List.of(FeedSpec.of(outlet, URI.create(site.url("/" + outlet + ".xml")))),
                List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }
}
