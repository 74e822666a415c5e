package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.FullText;
import wirewatch.config.WatchSpec;
import wirewatch.event.Event;
import wirewatch.event.EventIds;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoredStatement;

/** What an edit does to an article's statements: a quote taken out is kept as removed, and may come back. */
class RevisionsTest {
    private static final String DATE = "Fri, 14 Mar 2025 09:30:00 GMT";
    private static final String LEAD = "<p>The Kremlin said on Friday that a ceasefire could only follow a "
            + "written agreement on monitoring, as negotiators met for a third day.</p>";
    private static final String FIRST = "<p>\u201CWithout monitors on the ground, a truce is only words,\u201D "
            + "Kremlin spokesman Dmitry Peskov told reporters.</p>";
    private static final String SECOND = "<p>\u201CWe are prepared to sit at the table for as long as it "
            + "takes,\u201D Peskov added later in the day.</p>";

    @TempDir
    Path dir;

    private NewsServer site;
    private SqliteStore store;
    private Config config;
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        site = new NewsServer();
        store = SqliteStore.open(dir.resolve("w.db"));
        config = Config.of(List.of(FeedSpec.of("harbour-wire", URI.create(site.url("/harbour-wire.xml")))
                .withFullText(FullText.NEVER)), List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        site.close();
    }

    private void publish(String title, String body) throws Exception {
        site.put("/harbour-wire.xml", NewsServer.rss("Harbour Wire",
                NewsServer.item("hw-1", title, "http://127.0.0.1:9/hw-1", DATE, body)));
        events.clear();
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    @Test
    void strayByteInOnePollIsNoRevisionAndNoNewStatement() throws Exception {
        String lead = "<p>The Kremlin said on Friday that a ceasefire could only follow a written agreement, as "
                + "negotiators met at the Caf\u00E9 Central for a third day.</p>";
        String feed = NewsServer.rss("Harbour Wire", NewsServer.item("hw-1", "Kremlin wants monitors first",
                "http://127.0.0.1:9/hw-1", DATE, lead + FIRST + SECOND));
        byte[] good = feed.getBytes(StandardCharsets.UTF_8);
        // The é of one word as a lone windows-1252 byte, as a template pasting Latin-1 text would send it.
        byte[] bad = feed.replace("Caf\u00E9", "Caf\u0000").getBytes(StandardCharsets.UTF_8);
        bad[indexOf(bad, (byte) 0)] = (byte) 0xE9;

        publishBytes(bad);
        assertTrue(events.stream().anyMatch(StatementEvent.class::isInstance), "events: " + events);
        // Curly-quoted statements are read despite the stray byte.
        storedQuote("a truce is only words");
        storedQuote("for as long as it takes");
        publishBytes(good);
        assertEquals(List.of(), events);
        assertTrue(store.article(EventIds.of("harbour-wire", "hw-1")).orElseThrow().article().body().contains("Caf\u00E9 Central"));
        publishBytes(bad);
        assertEquals(List.of(), events);
    }

    private void publishBytes(byte[] feed) throws Exception {
        site.putBytes("/harbour-wire.xml", feed);
        events.clear();
        try (Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addSink(events::addAll);
            engine.runOnce();
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }

    private List<StoredStatement> stored() {
        return store.statements(null, null, 0, 100);
    }

    private StoredStatement storedQuote(String words) {
        return stored().stream().filter(s -> s.quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("not stored: " + words + " in " + stored()));
    }

    private List<RevisionEvent.Change> statementChanges() {
        return events.stream().filter(RevisionEvent.class::isInstance).map(RevisionEvent.class::cast)
                .flatMap(r -> r.changes().stream()).filter(c -> c.field().equals("statement")).toList();
    }

    @Test
    void quoteTakenOutByAnEditIsStoredAsRemoved() throws Exception {
        publish("Kremlin wants monitors first", LEAD + FIRST + SECOND);
        publish("Kremlin wants monitors first", LEAD + FIRST);
        assertTrue(storedQuote("for as long as it takes").isRemoved());
        assertFalse(storedQuote("a truce is only words").isRemoved());
        assertEquals(1, statementChanges().size(), "changes: " + statementChanges());
        assertTrue(statementChanges().get(0).diff().marked().startsWith("[-Dmitry Peskov: We are prepared"),
                statementChanges().get(0).diff().marked());
    }

    @Test
    void removedQuoteIsReportedOnceNotByEveryLaterEdit() throws Exception {
        publish("Kremlin wants monitors first", LEAD + FIRST + SECOND);
        publish("Kremlin wants monitors first", LEAD + FIRST);
        publish("Kremlin insists on monitors before any truce", LEAD + FIRST);
        assertFalse(events.stream().noneMatch(RevisionEvent.class::isInstance), "the title edit is a revision");
        assertEquals(List.of(), statementChanges());
    }

    @Test
    void quotePutBackByALaterEditIsCurrentAgainAndNotAnnouncedTwice() throws Exception {
        publish("Kremlin wants monitors first", LEAD + FIRST + SECOND);
        publish("Kremlin wants monitors first", LEAD + FIRST);
        publish("Kremlin wants monitors first", LEAD + FIRST + SECOND);
        assertFalse(storedQuote("for as long as it takes").isRemoved());
        assertEquals(1, stored().stream().filter(s -> s.quote().contains("for as long as it takes")).count());
        assertTrue(statementChanges().stream()
                        .anyMatch(c -> c.diff().marked().startsWith("{+Dmitry Peskov: We are")),
                "changes: " + statementChanges());
        assertTrue(events.stream().noneMatch(StatementEvent.class::isInstance), "events: " + events);
    }

    @Test
    void unattributedQuoteTakenOutIsShownWithoutASpeaker() throws Exception {
        String unnamed = "<p>\u201CThe monitors must come from countries both sides trust,\u201D he said.</p>";
        publish("Kremlin wants monitors first", LEAD + unnamed + FIRST);
        assertEquals(null, storedQuote("countries both sides trust").speaker());
        publish("Kremlin wants monitors first", LEAD + FIRST);
        assertTrue(storedQuote("countries both sides trust").isRemoved());
        assertEquals(List.of("[-The monitors must come from countries both sides trust,-]"),
                statementChanges().stream().map(c -> c.diff().marked()).toList());
    }
}
