package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.MatchEvent;
import wirewatch.event.RevisionEvent;
import wirewatch.store.SqliteStore;

/** Matched articles' pages are fetched again later, and an edit found there is a revision. */
class RefetchTest {
    private static final Instant FIRST_SEEN = Instant.parse("2025-03-13T14:05:00Z");
    private static final String STORY = "<p>The Kremlin said on Thursday it would study the ceasefire proposal "
            + "before giving an answer, as envoys prepared for another day of talks in Jeddah.</p>"
            + "<p>European diplomats warned that time was short and urged both sides to accept monitors.</p>";

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

    private void round(Config config, Instant at) throws Exception {
        try (Engine engine = Engine.create(config, store, Clock.fixed(at, ZoneOffset.UTC), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    private static String page(String lead) {
        return "<html><body><article><p>" + lead + "</p>" + STORY + "</article></body></html>";
    }

    @Test
    void pageEditedAfterTheMatchIsARevisionWhenReFetched() throws Exception {
        site.put("/pages/talks.html", page("Envoys met again on Thursday."));
        site.put("/wire.xml", NewsServer.rss("Wire", NewsServer.item("w-1", "Kremlin weighs ceasefire",
                site.url("/pages/talks.html"), "Thu, 13 Mar 2025 14:00:00 GMT", "Envoys met again.")));
        Config config = Config.of(List.of(FeedSpec.of("wire", URI.create(site.url("/wire.xml")))),
                List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
        round(config, FIRST_SEEN);
        assertEquals(1, events.stream().filter(MatchEvent.class::isInstance).count(), "events: " + events);
        site.put("/pages/talks.html", page("Envoys met again on Thursday and agreed on a timetable."));
        round(config, FIRST_SEEN.plus(Duration.ofMinutes(11)));
        List<RevisionEvent> revisions = events.stream().filter(RevisionEvent.class::isInstance)
                .map(RevisionEvent.class::cast).toList();
        assertEquals(1, revisions.size(), "events: " + events);
        assertTrue(revisions.get(0).changes().get(0).diff().marked().contains("{+and agreed on a timetable+}"),
                revisions.get(0).changes().get(0).diff().marked());
    }
}
