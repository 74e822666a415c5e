package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;
import static wirewatch.app.NewsServer.PESKOV;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.store.FeedState;
import wirewatch.store.SqliteStore;

class EngineTest {
    private static final String GRAIN = "<p>Wheat futures rose for a third day as forecasters trimmed their "
            + "harvest estimates for the southern plains after weeks without rain.</p><p>\u201CThe crop is "
            + "stressed and the market knows it,\u201D said Maria Lopez, an analyst at a Chicago brokerage.</p>";

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

    private Config config(String... feeds) {
        List<FeedSpec> specs = new ArrayList<>();
        for (String name : feeds) {
            specs.add(FeedSpec.of(name, URI.create(site.url("/" + name + ".xml"))));
        }
        return Config.of(specs, List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }

    private Engine.RoundSummary round(Config config) throws Exception {
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            return engine.runOnce();
        }
    }

    private <T extends Event> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void matchingArticleIsAnnouncedOnceAndSecondRoundIsConditional() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV),
                NewsServer.item("hw-2", "Wheat climbs on dry forecast", "http://127.0.0.1:9/hw-2", DATE, GRAIN)));
        Config config = config("harbour-wire");
        round(config);
        List<MatchEvent> matches = eventsOf(MatchEvent.class);
        assertEquals(1, matches.size());
        assertEquals("Kremlin to study ceasefire plan", matches.get(0).article().title());
        assertTrue(matches.get(0).snippet().toLowerCase().contains("kremlin"), matches.get(0).snippet());
        events.clear();
        round(config);
        assertTrue(eventsOf(MatchEvent.class).isEmpty(), "second round repeated a match");
        assertEquals(1, site.notModified());
    }

    @Test
    void thinItemMatchesOnWordsOnlyInTheLinkedPage() throws Exception {
        site.put("/baltic-post.xml", NewsServer.rss("Baltic Post", NewsServer.item("bp-1", "Envoys meet again",
                site.url("/pages/envoys.html"), DATE, "Envoys met for a second day.")));
        site.put("/pages/envoys.html", "<html><head><title>Envoys meet again</title></head><body><nav>Home | World"
                + "</nav><article>" + PESKOV + "</article><footer>Contact us</footer></body></html>");
        round(config("baltic-post"));
        assertEquals(1, eventsOf(MatchEvent.class).size());
    }

    @Test
    void failingFeedIsAFeedErrorAndTheRoundGoesOn() throws Exception {
        site.fail("/broken.xml", 500);
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        Engine.RoundSummary summary = round(config("broken", "harbour-wire"));
        assertEquals(1, summary.failed());
        List<FeedErrorEvent> errors = eventsOf(FeedErrorEvent.class);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).error().contains("500"), errors.get(0).error());
        assertEquals(1, eventsOf(MatchEvent.class).size());
    }

    @Test
    void matchedArticleCarriesItsStatements() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        round(config("harbour-wire"));
        List<StatementEvent> statements = eventsOf(StatementEvent.class);
        assertTrue(statements.size() >= 2, "statements: " + statements);
        assertTrue(statements.stream().anyMatch(s -> s.speaker() != null && s.speaker().contains("Peskov")
                && s.quote().contains("study the proposal carefully")), "statements: " + statements);
    }

    @Test
    void sameRemarkFromAnotherOutletIsAVariant() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        round(config("harbour-wire"));
        events.clear();
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily", NewsServer.item("sd-1",
                "Moscow weighs truce offer", "http://127.0.0.1:9/sd-1", DATE,
                "<p>Moscow is in no hurry to answer the ceasefire offer, the Kremlin signalled on Thursday.</p>"
                        + "<p>\u201CWe have to study the proposal carefully before saying anything,\u201D Dmitry "
                        + "Peskov, the Kremlin spokesman, said in a translation of his remarks to reporters.</p>"
                        + "<p>Ukraine's foreign ministry called the delay a stalling tactic and said the offer "
                        + "had been on the table for days, while the talks in Jeddah continued.</p>")));
        round(config("harbour-wire", "steppe-daily"));
        List<StatementEvent> statements = eventsOf(StatementEvent.class);
        assertTrue(statements.stream().anyMatch(s -> s.change() == Grouped.Change.VARIANT && s.previous() != null
                && s.previous().quote().contains("study the proposal")), "statements: " + statements);
    }

    @Test
    void variantsDiffShowsItsOwnWordsAsInsertions() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        round(config("harbour-wire"));
        events.clear();
        site.put("/steppe-daily.xml", NewsServer.rss("Steppe Daily", NewsServer.item("sd-1",
                "Moscow weighs truce offer", "http://127.0.0.1:9/sd-1", DATE,
                "<p>Moscow is in no hurry to answer the ceasefire offer, the Kremlin signalled on Thursday.</p>"
                        + "<p>\u201CWe must study the proposal carefully before we say anything,\u201D Dmitry "
                        + "Peskov, the Kremlin spokesman, told reporters.</p>")));
        round(config("harbour-wire", "steppe-daily"));
        StatementEvent variant = eventsOf(StatementEvent.class).stream()
                .filter(s -> s.change() == Grouped.Change.VARIANT && s.quote().contains("We must study")).findFirst()
                .orElseThrow(() -> new AssertionError("events: " + events));
        assertEquals("We [-need to-]{+must+} study the proposal carefully before we say anything,",
                variant.previous().diff().marked());
    }

    @Test
    void editedTitleOfAMatchedItemIsARevision() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        Config config = config("harbour-wire");
        round(config);
        events.clear();
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire", NewsServer.item("hw-1",
                "UPDATED: Kremlin to study ceasefire plan as talks resume", "http://127.0.0.1:9/hw-1", DATE,
                PESKOV)));
        round(config);
        List<RevisionEvent> revisions = eventsOf(RevisionEvent.class);
        assertEquals(1, revisions.size());
        RevisionEvent.Change title = revisions.get(0).changes().get(0);
        assertEquals("title", title.field());
        assertTrue(title.diff().marked().contains("{+UPDATED:+}"), title.diff().marked());
        assertTrue(eventsOf(MatchEvent.class).isEmpty(), "a revision re-announced the match");
    }

    @Test
    void whitespaceOnlyChangeIsNotARevision() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        Config config = config("harbour-wire");
        round(config);
        events.clear();
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire", NewsServer.item("hw-1",
                "Kremlin  to study ceasefire   plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV.replace(". ", ".  "))));
        round(config);
        assertTrue(events.isEmpty(), "events: " + events);
    }

    @Test
    void wireCopyFromAnotherOutletIsOneMatchWithAlso() throws Exception {
        String copy = PESKOV + "<p>Reporting by the Harbour Wire desk.</p>";
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        site.put("/coast-herald.xml", NewsServer.rss("Coast Herald", NewsServer.item("ch-7",
                "Moscow says it needs time on truce", "http://127.0.0.1:9/ch-7", DATE, copy)));
        round(config("harbour-wire", "coast-herald"));
        List<MatchEvent> matches = eventsOf(MatchEvent.class);
        assertEquals(1, matches.size(), "matches: " + matches);
    }

    @Test
    void aSinkThatBlocksHoldsUpNoRecording() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        site.put("/grain-desk.xml", NewsServer.rss("Grain Desk",
                NewsServer.item("gd-1", "Kremlin weighs ceasefire as wheat climbs", "http://127.0.0.1:9/gd-1", DATE,
                        "<p>The Kremlin weighed the ceasefire offer on Friday.</p>" + GRAIN)));
        CountDownLatch release = new CountDownLatch(1);
        try (Engine engine = Engine.create(config("harbour-wire", "grain-desk"), store, Clock.systemUTC(),
                EngineOptions.defaults())) {
            // Like tail printing into a pipe no one reads: the sink does not return until released.
            engine.addSink(batch -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                events.addAll(batch);
            });
            CompletableFuture<Engine.RoundSummary> round = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.runOnce();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> store.counts().matches() == 2);
            assertTrue(events.isEmpty(), "the sink was released early");
            release.countDown();
            round.get(30, TimeUnit.SECONDS);
        }
        assertEquals(2, eventsOf(MatchEvent.class).size());
    }

    @Test
    void continuousPollingPicksUpNewItemsOnRefresh() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        FeedSpec feed = FeedSpec.of("harbour-wire", URI.create(site.url("/harbour-wire.xml")))
                .withEvery(java.time.Duration.ofHours(1));
        Config config = Config.of(List.of(feed), List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> eventsOf(MatchEvent.class).size() == 1);
            site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                    NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV),
                    NewsServer.item("hw-3", "Kremlin sets terms for ceasefire", "http://127.0.0.1:9/hw-3", DATE,
                            "<p>The Kremlin on Friday listed its conditions for a ceasefire: a halt to arms "
                                    + "deliveries, a freeze on mobilisation and monitors from neutral states.</p>"
                                    + "<p>Western capitals dismissed the list as a way to stall, and a spokeswoman "
                                    + "for the European Commission called it a non-starter.</p>")));
            engine.refreshNow();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> eventsOf(MatchEvent.class).size() == 2);
            assertEquals(1, engine.status().feeds());
            assertEquals(0, engine.status().failing());
        }
    }

    @Test
    void onceRoundRecordsAHealthyFeedWhileASlowOneIsStillWorking() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        site.hold("/slow-wire.xml", slow);
        site.put("/slow-wire.xml", NewsServer.rss("Slow Wire"));
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        try (Engine engine = Engine.create(config("slow-wire", "harbour-wire"), store, Clock.systemUTC(),
                EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            CompletableFuture<Engine.RoundSummary> round = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.runOnce();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> eventsOf(MatchEvent.class).size() == 1);
            assertEquals(1, store.counts().articles());
            assertFalse(round.isDone(), "the round ended before the slow feed answered");
            slow.countDown();
            assertEquals(0, round.get(30, TimeUnit.SECONDS).failed());
        }
    }

    @Test
    void closeCutsOffASlowPollAndLeavesItsFeedAsItWas() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        site.hold("/slow-wire.xml", slow);
        site.put("/slow-wire.xml", NewsServer.rss("Slow Wire"));
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        try {
            Engine engine = Engine.create(config("slow-wire", "harbour-wire"), store, Clock.systemUTC(),
                    EngineOptions.defaults());
            engine.addSink(events::addAll);
            engine.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> eventsOf(MatchEvent.class).size() == 1 && site.requestsUnder("/slow-wire") == 1);

            engine.close();

            FeedState cut = store.feedState("slow-wire");
            assertEquals(0, cut.failures());
            assertEquals(0, cut.polls());
            assertEquals(1, store.feedState("harbour-wire").items());
            assertEquals(1, store.counts().articles());
        } finally {
            slow.countDown();
        }
    }

    @Test
    void pollNowPollsOneFeedAndCountsTheNotModifiedAnswer() throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", "Kremlin to study ceasefire plan", "http://127.0.0.1:9/hw-1", DATE, PESKOV)));
        try (Engine engine = Engine.create(config("harbour-wire"), store, Clock.systemUTC(),
                EngineOptions.defaults())) {
            engine.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> store.feedState("harbour-wire").polls() == 1);

            assertFalse(engine.pollNow("no-such-feed"));

            // The first poll's state is written a moment before its feed stops counting as in flight, and a poll
            // asked for while the feed is in flight is dropped: ask until one is taken.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> engine.pollNow("harbour-wire") && store.feedState("harbour-wire").polls() >= 2);
            FeedState state = store.feedState("harbour-wire");
            assertEquals(state.polls() - 1, state.notModified());
            assertEquals(304, state.lastStatus());
            assertEquals(1, state.items());
        }
    }
}
