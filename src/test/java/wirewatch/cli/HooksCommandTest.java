package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.ArticleRef;
import wirewatch.event.MatchEvent;
import wirewatch.store.Batch;
import wirewatch.store.HookBacklog;
import wirewatch.store.SqliteStore;

/** {@code check} and {@code hooks test|retry|clear} on a real store file, with hooks that are real scripts. */
class HooksCommandTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");
    /** How versions before named hooks keyed a hook: watch, events and argv joined by NULs. */
    private static final String OLD_KEY = "truce|match|run:notify-send\0wirewatch";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;
    private Path db;
    private Path log;

    @BeforeEach
    void configureADesktopHook() throws Exception {
        log = dir.resolve("hook.log");
        Path script = dir.resolve("desktop.sh");
        Files.writeString(script, "#!/bin/sh\necho \"$WIREWATCH_EVENT $WIREWATCH_ID\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: ceasefire\nalerts:\n  - name: desktop\n    watch: truce\n    run: ['" + script + "']\n");
        db = dir.resolve("w.db");
    }

    private int run(String... args) {
        List<String> argv = new java.util.ArrayList<>(List.of(args));
        argv.addAll(List.of("--config", config.toString(), "--db", db.toString()));
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(argv.toArray(String[]::new));
    }

    private void owe(String id, String... hooks) {
        ArticleRef article = new ArticleRef("a-" + id, "kyiv-wire", "Ceasefire talks " + id,
                "https://kyiv-wire.example/" + id, T0);
        try (SqliteStore store = SqliteStore.open(db)) {
            store.commit(new Batch().event(new MatchEvent(id, T0, "truce", article, List.of(), "…ceasefire…",
                    List.of("ceasefire"), List.of(), List.of()), List.of(hooks)));
        }
    }

    private List<HookBacklog> backlogs() {
        try (SqliteStore store = SqliteStore.open(db)) {
            return store.backlogs();
        }
    }

    @Test
    void checkShowsWhatAHookNoLongerConfiguredIsOwed() {
        owe("e-01", "desktop", "pager");
        owe("e-02", "pager");

        assertEquals(0, run("check"));

        assertTrue(out.toString().contains("hooks owed deliveries (2):\n"
                + "  desktop: 1 pending, 0 failed; oldest: match e-01 of 2025-03-13T14:02:11Z\n"
                + "  pager (no longer configured): 2 pending, 0 failed; oldest: match e-01 of 2025-03-13T14:02:11Z\n"
                + "  a hook no longer configured gets nothing: 'wirewatch hooks clear NAME' drops what it is owed,"),
                out.toString());
    }

    @Test
    void clearDropsWhatARemovedHookIsOwedAndSaysHowMuch() {
        owe("e-01", "desktop", "pager");
        owe("e-02", "pager");

        assertEquals(0, run("hooks", "clear", "pager"));

        assertEquals("dropped 2 deliveries owed to removed hook pager\n", out.toString());
        assertEquals(List.of("desktop"), backlogs().stream().map(HookBacklog::hook).toList());
    }

    @Test
    void clearDropsAConfiguredHooksFailedDeliveriesAndKeepsThePendingOnes() {
        owe("e-01", "desktop");
        owe("e-02", "desktop");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.deliveryFailed("desktop", 1, "exit 1", null);
        }

        assertEquals(0, run("hooks", "clear", "desktop"));

        assertEquals("dropped 1 failed deliveries of hook desktop\n", out.toString());
        assertEquals(1, backlogs().get(0).pending());
        assertEquals(0, backlogs().get(0).failed());
    }

    @Test
    void clearWithoutANameDropsEveryFailedDelivery() {
        owe("e-01", "desktop", "pager");
        owe("e-02", "desktop");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.deliveryFailed("desktop", 1, "exit 1", null);
            store.deliveryFailed("pager", 1, "exit 1", null);
        }

        assertEquals(0, run("hooks", "clear"));

        assertEquals("dropped 2 failed deliveries\n", out.toString());
        assertEquals(List.of("desktop"), backlogs().stream().map(HookBacklog::hook).toList());
        assertEquals(1, backlogs().get(0).pending());
    }

    @Test
    void clearOfAHookOwedNothingListsThoseThatAre() {
        owe("e-01", OLD_KEY);

        assertEquals(2, run("hooks", "clear", "pagr"));

        assertTrue(err.toString().contains("nothing is owed to a hook named 'pagr'; hooks are desktop; removed hooks "
                + "owed deliveries: 'truce|match|run:notify-send wirewatch'"), err.toString());
        assertEquals(0, run("hooks", "clear", "truce|match|run:notify-send wirewatch"));
        assertEquals(List.of(), backlogs());
    }

    @Test
    void retriedDeliveriesAreSentByTheNextRun() throws Exception {
        owe("e-01", "desktop");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.deliveryFailed("desktop", 1, "exit 1", null);
        }

        assertEquals(0, run("hooks", "retry", "desktop"));
        assertTrue(out.toString().startsWith("re-queued 1 deliveries of hook desktop;"), out.toString());
        assertEquals(0, run("tail", "--once"));

        assertEquals(List.of("match e-01"), Files.readAllLines(log));
        assertEquals(List.of(), backlogs());
    }

    @Test
    void whatAStoreOwedAHookUnderItsOldKeyIsItsOwn() throws Exception {
        config = Files.writeString(dir.resolve("old.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: ceasefire\nalerts:\n  - watch: truce\n    run: [notify-send, wirewatch]\n");
        owe("e-01", OLD_KEY);

        assertEquals(0, run("check"));

        assertTrue(out.toString().contains("  truce|match|run:notify-send wirewatch: 1 pending"), out.toString());
        // Its own, so clearing it drops only what failed and keeps what it is owed.
        assertEquals(0, run("hooks", "clear", "truce#1"));
        assertTrue(out.toString().endsWith("dropped 0 failed deliveries of hook truce#1\n"), out.toString());
        assertEquals(1, backlogs().get(0).pending());
    }

    @Test
    void testRunsTheHookOnceOnASampleEvent() throws Exception {
        assertEquals(0, run("hooks", "test", "desktop"));

        assertTrue(out.toString().startsWith("hook desktop on a sample match event: ok, exit 0 in "), out.toString());
        assertEquals(1, Files.readAllLines(log).size());
        assertTrue(Files.readString(log).startsWith("match "), Files.readString(log));
    }

    @Test
    void testOfAFailingHookSaysHowAndExitsOne() throws Exception {
        Files.writeString(dir.resolve("desktop.sh"), "#!/bin/sh\necho 'notify-send: no display' >&2\nexit 3\n");

        assertEquals(1, run("hooks", "test", "truce"));

        assertEquals("hook desktop on a sample match event: failed, exit 3: notify-send: no display\n",
                out.toString());
    }

    @Test
    void testOfAWatchRunsItsHooksAndTheWildcardOnesAndShowsTheirOutput() throws Exception {
        Path echo = dir.resolve("echo.sh");
        Files.writeString(echo, "#!/bin/sh\necho \"sent $WIREWATCH_EVENT for $WIREWATCH_WATCH\"\n");
        Files.setPosixFilePermissions(echo, PosixFilePermissions.fromString("rwx------"));
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: ceasefire\n  - name: other\n    query: harbour\nalerts:\n  - name: desktop\n"
                + "    watch: truce\n    run: ['" + echo + "']\n  - name: everything\n    watch: '*'\n"
                + "    run: ['" + echo + "']\n  - name: elsewhere\n    watch: other\n    run: ['" + echo + "']\n");

        assertEquals(0, run("hooks", "test", "truce"));

        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[0].matches("hook desktop on a sample match event: ok, exit 0 in \\d+ ms: sent match for "
                + "truce"), lines[0]);
        assertTrue(lines[1].matches("hook everything on a sample match event: ok, exit 0 in \\d+ ms: sent match "
                + "for truce"), lines[1]);
    }

    @Test
    void testOfAnUnknownHookListsTheKnownOnes() {
        assertEquals(2, run("hooks", "test", "desk"));

        assertTrue(err.toString().contains("no hook or watch with hooks named 'desk'; hooks are desktop"),
                err.toString());
    }

    private void failingHookWithoutRetries() throws Exception {
        Files.writeString(dir.resolve("desktop.sh"), "#!/bin/sh\necho 'notify-send: no display' >&2\nexit 3\n");
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: ceasefire\nalerts:\n  - name: desktop\n    watch: truce\n    retries: 0\n"
                + "    run: ['" + dir.resolve("desktop.sh") + "']\n");
    }

    @Test
    void tailOnceCountsTheDeliveriesThatFailed() throws Exception {
        failingHookWithoutRetries();
        owe("e-01", "desktop");
        owe("e-02", "desktop");

        assertEquals(0, run("tail", "--once"));

        assertTrue(err.toString().startsWith("0 feeds polled, 0 failed, 0 events, 2 hook deliveries failed "
                + "(see 'wirewatch check') in "), err.toString());
    }

    @Test
    void checkNamesTheHookAndTheEventOfEachFailedDelivery() throws Exception {
        failingHookWithoutRetries();
        owe("e-01", "desktop");
        assertEquals(0, run("tail", "--once"));
        out.getBuffer().setLength(0);

        assertEquals(0, run("check"));

        assertTrue(out.toString().contains(" 1 failed hook deliveries ('wirewatch hooks retry HOOK' sends them "
                + "again):\n  hook desktop, match e-01 [truce] \"Ceasefire talks e-01\" after 1 attempts: exit 3: "
                + "notify-send: no display\n"), out.toString());
    }

    @Test
    void checkWarnsOfAHookProgramNotOnPathButPasses() throws Exception {
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: ceasefire\nalerts:\n  - name: desktop\n    watch: truce\n"
                + "    run: [wirewatch-no-such-notifier, wirewatch]\n  - name: found\n    watch: truce\n"
                + "    run: [sh, -c, 'true']\n");

        assertEquals(0, run("check"));

        assertTrue(out.toString().contains("\n    warning: alert 'desktop' (watch truce): program "
                + "'wirewatch-no-such-notifier' is not on PATH; its deliveries fail until it is installed or 'run:' "
                + "gives its full path\n  found: "), out.toString());
        assertEquals(1, out.toString().split("warning:", -1).length - 1, out.toString());
    }
}
