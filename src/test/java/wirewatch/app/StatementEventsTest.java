package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.Location;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.StatementEvent;
import wirewatch.statement.Grouped;
import wirewatch.store.SqliteStore;

/** Statement events reach every watch an article matches, each once, under an id of its own. */
class StatementEventsTest {
    private static final String DATE = "Fri, 14 Mar 2025 09:30:00 GMT";
    private static final String KYIV = "<p>Ukrainian President Volodymyr Zelensky said on Friday that Kyiv was "
            + "ready for a thirty-day ceasefire if Moscow stopped its strikes on the power grid first.</p>"
            + "<p>\u201CWe will not trade our land for a pause in the shelling,\u201D Zelensky told reporters "
            + "after meeting European envoys in the capital.</p>"
            + "<p>The Kremlin has not answered the proposal, and fighting continued overnight along the front "
            + "near Pokrovsk, where a blackout left thousands without heating, regional officials said.</p>";
    private static final String KYIV_EDITED = KYIV + "<p>\u201CA ceasefire must be the first step, not the last "
            + "one,\u201D Zelensky added later in a video address.</p>";

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

    /** Two watches that both match the Kyiv story, and a hook on statements of one of them. */
    private Config config(Path hookLog) throws Exception {
        Path hook = dir.resolve("hook.sh");
        Files.writeString(hook, "#!/bin/sh\necho \"$WIREWATCH_WATCH $WIREWATCH_ID\" >> '" + hookLog + "'\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwx------"));
        AlertSpec alert = new AlertSpec("zelensky#1", "zelensky", Set.of("statement"), List.of(hook.toString()), null,
                Duration.ofSeconds(30), 0, Location.NONE);
        return new Config(dir.resolve("feeds.yml"), FeedSpec.DEFAULT_EVERY,
                List.of(FeedSpec.of("kyiv-desk", URI.create(site.url("/kyiv-desk.xml")))),
                List.of(WatchSpec.query("truce", "ceasefire"), WatchSpec.query("zelensky", "Zelensky AND blackout")),
                Map.of(), List.of(alert), List.of(), null, Duration.ofSeconds(30));
    }

    private void round(Config config) throws Exception {
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    private List<StatementEvent> statements(String watch) {
        return events.stream().filter(StatementEvent.class::isInstance).map(StatementEvent.class::cast)
                .filter(s -> s.watch().equals(watch)).toList();
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void statementEventReachesEveryWatchTheArticleMatches() throws Exception {
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV)));
        round(config(dir.resolve("hook.log")));
        List<StatementEvent> truce = statements("truce");
        List<StatementEvent> zelensky = statements("zelensky");
        assertFalse(truce.isEmpty(), "events: " + events);
        assertEquals(truce.stream().map(StatementEvent::quote).toList(),
                zelensky.stream().map(StatementEvent::quote).toList());
        Set<String> ids = new HashSet<>();
        truce.forEach(s -> ids.add(s.id()));
        zelensky.forEach(s -> ids.add(s.id()));
        assertEquals(truce.size() + zelensky.size(), ids.size(), "ids shared between watches: " + events);
    }

    @Test
    void hookOnTheSecondWatchGetsEachStatementOnce() throws Exception {
        Path log = dir.resolve("hook.log");
        Config config = config(log);
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV)));
        round(config);
        List<String> delivered = lines(log);
        Set<String> expected = statements("zelensky").stream().map(s -> "zelensky " + s.id())
                .collect(Collectors.toSet());
        assertFalse(expected.isEmpty(), "events: " + events);
        assertEquals(expected, new HashSet<>(delivered));
        assertEquals(expected.size(), delivered.size(), "delivered twice: " + delivered);

        events.clear();
        round(config);
        assertEquals(delivered, lines(log), "an unchanged feed delivered again");
    }

    @Test
    void statementAddedByAnEditReachesEveryWatch() throws Exception {
        Path log = dir.resolve("hook.log");
        Config config = config(log);
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV)));
        round(config);
        int before = lines(log).size();
        events.clear();
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV_EDITED)));
        round(config);
        assertTrue(statements("truce").stream().anyMatch(s -> s.quote().contains("first step")), "events: " + events);
        assertTrue(statements("zelensky").stream().anyMatch(s -> s.quote().contains("first step")),
                "events: " + events);
        List<String> after = lines(log);
        assertEquals(before + statements("zelensky").size(), after.size(), "hook log: " + after);
        assertEquals(new HashSet<>(after).size(), after.size(), "delivered twice: " + after);
    }

    @Test
    void watchThatStartsMatchingAfterAnEditHearsTheArticlesStatements() throws Exception {
        Path log = dir.resolve("hook.log");
        Config config = config(log);
        String before = KYIV.replace(", where a blackout left thousands without heating,", ",");
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, before)));
        round(config);
        assertTrue(statements("zelensky").isEmpty(), "events: " + events);
        events.clear();
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV)));
        round(config);
        assertTrue(statements("zelensky").stream().anyMatch(s -> s.quote().contains("trade our land")),
                "events: " + events);
        assertTrue(lines(log).stream().allMatch(line -> line.startsWith("zelensky ")), "hook log: " + lines(log));
        assertFalse(lines(log).isEmpty());
    }

    @Test
    void keptVariantReachesANewlyMatchingWatchWithTheRenderingItVaries() throws Exception {
        Config config = config(dir.resolve("hook.log"));
        String first = NewsServer.item("kd-1", "Zelensky offers truce if strikes on grid stop",
                "http://127.0.0.1:9/kd-1", DATE, KYIV);
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", first));
        round(config);
        String rendering = "<p>Kyiv is willing to accept a ceasefire, officials said on Friday.</p>"
                + "<p>\u201CWe will not trade our land for a pause in shelling,\u201D Ukrainian President "
                + "Volodymyr Zelensky told a news conference.</p>";
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-2", "Kyiv open to truce",
                "http://127.0.0.1:9/kd-2", DATE, rendering), first));
        round(config);
        events.clear();
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-2", "Kyiv open to truce",
                "http://127.0.0.1:9/kd-2", DATE, rendering + "<p>A blackout hit the east overnight.</p>"), first));
        round(config);
        StatementEvent kept = statements("zelensky").stream().filter(s -> s.quote().contains("trade our land"))
                .findFirst().orElseThrow(() -> new AssertionError("events: " + events));
        assertEquals(Grouped.Change.VARIANT, kept.change());
        assertTrue(kept.previous() != null && kept.previous().quote().contains("pause in the shelling"),
                "previous: " + kept.previous());
    }

    @Test
    void unattributedStatementReachesEveryWatchWithoutASpeakerUnderIdsOfTheirOwn() throws Exception {
        site.put("/kyiv-desk.xml", NewsServer.rss("Kyiv Desk", NewsServer.item("kd-1",
                "Zelensky offers truce if strikes on grid stop", "http://127.0.0.1:9/kd-1", DATE, KYIV)));
        round(config(dir.resolve("hook.log")));
        // "…, regional officials said": a collective source names no one.
        List<StatementEvent> absent = events.stream().filter(StatementEvent.class::isInstance)
                .map(StatementEvent.class::cast).filter(s -> s.quote().startsWith("The Kremlin has not answered"))
                .toList();
        assertEquals(Set.of("truce", "zelensky"), absent.stream().map(StatementEvent::watch)
                .collect(Collectors.toSet()), "events: " + events);
        assertTrue(absent.stream().allMatch(s -> s.speaker() == null), "events: " + absent);
        assertEquals(2, absent.stream().map(StatementEvent::id).distinct().count(), "events: " + absent);
    }
}
