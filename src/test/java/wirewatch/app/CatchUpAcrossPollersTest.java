package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.app.NewsServer.DATE;
import static wirewatch.app.NewsServer.PESKOV;

import java.net.URI;
import java.time.Clock;
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
import wirewatch.event.MatchEvent;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.store.MatchRow;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;

/**
 * Two pollers on one PostgreSQL store, both running all along: what one commits after the other started is known to
 * the other before it records its next batch, so another outlet's wire copy widens the first match and another
 * outlet's rewording of a remark joins the first rendering's group.
 */
class CatchUpAcrossPollersTest {
    /** A story that quotes no one, so that only its text ties the two outlets' copies together. */
    private static final String GRID = "<p>Power returned to most of Kharkiv on Thursday after repair crews worked "
            + "through the night on substations hit in the latest strikes, as talks on a ceasefire resumed in "
            + "Geneva.</p><p>Trams ran again in the city centre by the afternoon, and schools in three districts "
            + "reopened after a week of lessons held in shelters, while queues formed at the few pharmacies with "
            + "generators.</p><p>Engineers warned that the network remained fragile and that rolling blackouts "
            + "would return in the evenings until spare transformers arrived from abroad.</p>";
    private static final String EARLIER = "<p>Ukrainian President Volodymyr Zelensky spoke about the ceasefire "
            + "talks on Wednesday.</p><p>\u201COur partners must keep the air defence coming all winter,\u201D "
            + "Zelensky said in his nightly address.</p>";
    private static final String KYIV = "<p>Ukrainian President Volodymyr Zelensky said on Friday that Kyiv was "
            + "ready for a thirty-day ceasefire if Moscow stopped its strikes on the power grid first.</p>"
            + "<p>\u201CWe will not trade our land for a pause in the shelling,\u201D Zelensky told reporters "
            + "after meeting European envoys in the capital.</p>";
    private static final String REWORDED = "<p>Kyiv is willing to accept a ceasefire, officials said on Friday.</p>"
            + "<p>\u201CWe will not trade our land for a pause in shelling,\u201D Ukrainian President "
            + "Volodymyr Zelensky told a news conference.</p>";

    @Test
    void wireCopyRecordedByAnotherPollerWidensTheFirstMatch() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (NewsServer site = new NewsServer();
             PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.open(address, Map.of())) {
            site.put("/wire-a.xml", NewsServer.rss("Wire A", NewsServer.item("a-1", "Kremlin to study ceasefire plan",
                    "http://127.0.0.1:9/a-1", DATE, PESKOV)));
            site.put("/wire-b.xml", NewsServer.rss("Wire B", NewsServer.item("b-7",
                    "Moscow says it needs time on truce", "http://127.0.0.1:9/b-7", DATE,
                    PESKOV + "<p>Reporting by the Wire B desk.</p>")));
            List<Event> events = Collections.synchronizedList(new ArrayList<>());
            try (Engine a = Engine.create(config(site, "wire-a"), first, Clock.systemUTC(), EngineOptions.defaults());
                 Engine b = Engine.create(config(site, "wire-b"), second, Clock.systemUTC(),
                         EngineOptions.defaults())) {
                a.addSink(events::addAll);
                b.addSink(events::addAll);
                a.runOnce();
                b.runOnce();
            }
            List<String> matched = events.stream().filter(MatchEvent.class::isInstance)
                    .map(e -> ((MatchEvent) e).article().feed()).toList();
            assertEquals(List.of("wire-a"), matched);
            List<MatchRow> matches = first.matches("truce", null, 0, 10);
            assertEquals(1, matches.size(), "matches: " + matches);
            assertEquals("wire-a", matches.get(0).feed());
            assertEquals(List.of("wire-b"), matches.get(0).also());
            assertEquals(1, first.eventsAfter(0, 100).stream().filter(e -> e.type().equals("match")).count());
        }
    }

    @Test
    void wireCopiesRecordedByTwoPollersAtOnceAreOneMatch() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (NewsServer site = new NewsServer();
             PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.open(address, Map.of())) {
            CountDownLatch release = new CountDownLatch(1);
            for (String outlet : List.of("wire-a", "wire-b")) {
                // One story under two addresses: the outlets' copies are known by their text alone.
                site.put("/" + outlet + ".xml", NewsServer.rss(outlet, NewsServer.item(outlet + "-1",
                        "Power back in Kharkiv as truce talks resume", "http://127.0.0.1:9/" + outlet + "/grid", DATE,
                        GRID + "<p>Reporting by the " + outlet + " desk.</p>")));
                site.hold("/" + outlet + ".xml", release);
            }
            PollersAtOnce.round(site, "/wire-", release, config(site, "wire-a"), first, config(site, "wire-b"),
                    second);
            List<MatchRow> matches = first.matches("truce", null, 0, 10);
            assertEquals(1, matches.size(), "matches: " + matches);
            String other = matches.get(0).feed().equals("wire-a") ? "wire-b" : "wire-a";
            assertEquals(List.of(other), matches.get(0).also());
        }
    }

    @Test
    void rewordingRecordedByAnotherPollerJoinsTheFirstGroup() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (NewsServer site = new NewsServer();
             PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.open(address, Map.of())) {
            // The second poller has read the speaker's statements before the first records the remark.
            site.put("/wire-b.xml", NewsServer.rss("Wire B", NewsServer.item("b-1", "Zelensky asks for air defence",
                    "http://127.0.0.1:9/b-1", DATE, EARLIER)));
            site.put("/wire-a.xml", NewsServer.rss("Wire A", NewsServer.item("a-1",
                    "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/a-1", DATE, KYIV)));
            List<Event> events = Collections.synchronizedList(new ArrayList<>());
            try (Engine a = Engine.create(config(site, "wire-a"), first, Clock.systemUTC(), EngineOptions.defaults());
                 Engine b = Engine.create(config(site, "wire-b"), second, Clock.systemUTC(),
                         EngineOptions.defaults())) {
                b.runOnce();
                a.runOnce();
                site.put("/wire-b.xml", NewsServer.rss("Wire B", NewsServer.item("b-2", "Kyiv open to truce",
                        "http://127.0.0.1:9/b-2", DATE, REWORDED), NewsServer.item("b-1",
                        "Zelensky asks for air defence", "http://127.0.0.1:9/b-1", DATE, EARLIER)));
                b.addSink(events::addAll);
                b.runOnce();
            }
            StatementEvent reworded = events.stream().filter(StatementEvent.class::isInstance)
                    .map(StatementEvent.class::cast).filter(s -> s.quote().contains("pause in shelling"))
                    .findFirst().orElseThrow(() -> new AssertionError("events: " + events));
            assertEquals(Grouped.Change.VARIANT, reworded.change(), "event: " + reworded);
            assertNotNull(reworded.previous(), "event: " + reworded);
            assertEquals("wire-a", reworded.previous().article().feed());
            assertTrue(reworded.previous().quote().contains("a pause in the shelling"), "event: " + reworded);
        }
    }

    private static Config config(NewsServer site, String outlet) {
        return Config.of(List.of(FeedSpec.of(outlet, URI.create(site.url("/" + outlet + ".xml")))),
                List.of(WatchSpec.query("truce", "ceasefire")));
    }
}
