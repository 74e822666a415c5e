package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.MatchEvent;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoredArticle;

/** Article pages of a teaser feed: fetched in parallel, within the feed's page budget and its deadline. */
class FeedDeadlineTest {
    private static final String TEASER = "The Kremlin said it would study the ceasefire proposal.";
    private static final String PAGE_WORDS = "Envoys met in Jeddah for a third day of talks on the ceasefire plan, "
            + "and the Kremlin spokesman said Moscow would give its answer within the week. ";

    @TempDir
    Path dir;

    private NewsServer site;
    private SqliteStore store;
    private final CountDownLatch pagesAnswer = new CountDownLatch(1);
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        site = new NewsServer();
        store = SqliteStore.open(dir.resolve("w.db"));
    }

    @AfterEach
    void stop() throws Exception {
        pagesAnswer.countDown();
        store.close();
        site.close();
    }

    /** A feed of {@code count} teasers, published an hour apart (item 0 oldest), whose pages answer on release. */
    private FeedSpec teaserFeed(int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String page = "/pages/t" + i + ".html";
            site.put(page, "<html><body><article><p>" + PAGE_WORDS.repeat(8) + "</p></article></body></html>");
            site.hold(page, pagesAnswer);
            items.add(NewsServer.item("t-" + i, "Talks, day " + i, site.url(page),
                    String.format("Thu, 13 Mar 2025 %02d:00:00 GMT", i), TEASER));
        }
        site.put("/teasers.xml", NewsServer.rss("Teasers", items.toArray(String[]::new)));
        return FeedSpec.of("teasers", URI.create(site.url("/teasers.xml")));
    }

    private Engine engine(FeedSpec feed) throws Exception {
        Engine engine = Engine.create(Config.of(List.of(feed), List.of(WatchSpec.query("truce",
                "ceasefire AND Kremlin"))), store, Clock.systemUTC(), EngineOptions.defaults());
        engine.addSink(events::addAll);
        return engine;
    }

    /** The stored body of each matched article, by title. */
    private Map<String, String> bodiesByTitle() {
        List<String> ids = events.stream().filter(MatchEvent.class::isInstance)
                .map(e -> ((MatchEvent) e).article().id()).toList();
        Map<String, String> bodies = new java.util.TreeMap<>();
        for (StoredArticle stored : store.articles(ids).values()) {
            bodies.put(stored.article().title(), stored.article().body());
        }
        return bodies;
    }

    @Test
    void teasersWhosePagesHangAreRecordedWithTheFeedsTextAtTheDeadline() throws Exception {
        FeedSpec feed = teaserFeed(10).withDeadline(Duration.ofSeconds(5));
        Engine.RoundSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Engine engine = engine(feed)) {
                return engine.runOnce();
            }
        });
        assertEquals(0, summary.failed());
        assertEquals(1, summary.cutShort());
        Map<String, String> bodies = bodiesByTitle();
        assertEquals(10, bodies.size(), "bodies: " + bodies);
        bodies.values().forEach(body -> assertEquals(TEASER, body));
    }

    @Test
    void pagesOfOneFeedAreFetchedAtTheSameTime() throws Exception {
        FeedSpec feed = teaserFeed(6);
        try (Engine engine = engine(feed)) {
            CompletableFuture<Engine.RoundSummary> round = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.runOnce();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            // Every page is asked for while none has answered yet.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> site.requestsUnder("/pages/") == 6);
            pagesAnswer.countDown();
            assertEquals(0, round.get(30, TimeUnit.SECONDS).cutShort());
        }
        Map<String, String> bodies = bodiesByTitle();
        assertEquals(6, bodies.size());
        bodies.values().forEach(body -> assertTrue(body.startsWith("Envoys met in Jeddah"), body));
    }

    @Test
    void pageBudgetGivesTheNewestItemsTheirPagesAndTheRestTheFeedsText() throws Exception {
        pagesAnswer.countDown();
        FeedSpec feed = teaserFeed(5).withPages(2);
        Engine.RoundSummary summary;
        try (Engine engine = engine(feed)) {
            summary = engine.runOnce();
        }
        assertEquals(1, summary.cutShort());
        Map<String, String> bodies = bodiesByTitle();
        assertEquals(5, bodies.size());
        for (int i = 0; i < 5; i++) {
            String body = bodies.get("Talks, day " + i);
            assertEquals(i >= 3, body.startsWith("Envoys met in Jeddah"), "day " + i + ": " + body);
        }
        assertEquals(2, site.requestsUnder("/pages/"));
    }
}
