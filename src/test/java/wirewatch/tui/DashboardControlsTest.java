package wirewatch.tui;

import static java.time.Duration.ofSeconds;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.app.EngineStatus;
import wirewatch.feed.Article;
import wirewatch.store.SqliteStore;

/** The statements view, the status line, refresh, the browser, a read-only second dashboard and {@code run}. */
class DashboardControlsTest {
    @TempDir
    Path dir;

    /** Stands in for the engine: a fixed status, and a count of refresh requests. */
    private static final class FixedEngine implements Controls {
        final AtomicInteger refreshes = new AtomicInteger();

        @Override
        public void refreshNow() {
            refreshes.incrementAndGet();
        }

        @Override
        public EngineStatus status() {
            return new EngineStatus(6, 1, Harness.CLOCK.instant().minusSeconds(4),
                    Harness.CLOCK.instant().plusSeconds(2), 2, 0, true, "river-post: HTTP 503");
        }
    }

    @Test
    void sShowsWhatEachSpeakerSaidNewestFirst() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            Article later = h.newsroom.publish("a6", "meridian-wire", "Reyk ready to sign truce if monitors come",
                    Newsroom.MORNING.plus(Duration.ofHours(5)), "Reyk said he was ready to sign a truce.",
                    "truce");
            h.newsroom.said(later, "Tomas Reyk", "We are ready to sign a truce if the monitors arrive by Friday",
                    "direct", "g-monitors", "new", Newsroom.MORNING.plus(Duration.ofHours(5)));
            h.render();
            String screen = h.type("s");
            assertTrue(screen.contains("What Tomas Reyk said · newest first"), screen);
            assertTrue(screen.contains("Dalia Okonjo"), screen);
            int newest = ScreenText.rowOf(h.terminal, "We are ready to sign a truce");
            int variant = ScreenText.rowOf(h.terminal, "≈ variant");
            int first = ScreenText.rowOf(h.terminal, "There can be no truce while");
            assertTrue(newest < variant && variant < first, screen);
            assertTrue(ScreenText.line(h.terminal, newest - 1).contains("◆ new position"), screen);
            String dalia = h.type("j");
            assertTrue(dalia.contains("What Dalia Okonjo said"), dalia);
            assertTrue(h.type("s").contains("Watches"));
        }
    }

    @Test
    void tabAndPageKeysScrollWhatTheSpeakerSaid() throws Exception {
        try (Harness h = new Harness(dir, 100, 24)) {
            h.newsroom.morningOfTalks();
            for (int i = 0; i < 12; i++) {
                Article article = h.newsroom.publish("r" + i, "river-post", "Reyk speaks, part " + i,
                        Newsroom.MORNING.plus(Duration.ofMinutes(200 + i)), "Reyk spoke again.", "truce");
                h.newsroom.said(article, "Tomas Reyk", "Remark number " + i + " on the truce", "direct", "g-r" + i,
                        "new", Newsroom.MORNING.plus(Duration.ofMinutes(200 + i)));
            }
            String first = h.type("s");
            assertTrue(first.contains("▶ Speakers"), first);
            assertTrue(first.contains("Remark number 11"), first);

            String text = h.press(KeyType.Tab);
            assertTrue(text.contains("▶ What Tomas Reyk said"), text);
            assertTrue(h.type("j").contains("What Tomas Reyk said"), "j scrolls, keeping the speaker");
            String paged = h.press(KeyType.PageDown);
            assertFalse(paged.contains("Remark number 11"), paged);
            assertTrue(paged.contains("Remark number 7"), paged);
            assertTrue(h.press(KeyType.PageUp).contains("Remark number 11"));
            assertTrue(h.press(KeyType.Tab).contains("▶ Speakers"));
        }
    }

    @Test
    void sListsUnattributedStatementsLastUnderTheirOwnLabel() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            Article latest = h.newsroom.publish("a6", "meridian-wire", "Velmora will not withdraw before a truce",
                    Newsroom.MORNING.plus(Duration.ofHours(5)), "Velmora will not withdraw before a truce.", "truce");
            h.newsroom.said(latest, null, "We will not withdraw a single soldier before the truce", "direct",
                    "g-soldier", "new", Newsroom.MORNING.plus(Duration.ofHours(5)));
            h.render();

            String speakers = h.type("s");
            assertTrue(ScreenText.rowOf(h.terminal, "Dalia Okonjo") < ScreenText.rowOf(h.terminal, " unattributed"),
                    speakers);
            String unattributed = h.type("jj");

            assertTrue(unattributed.contains("Unattributed statements · newest first"), unattributed);
            assertTrue(unattributed.contains("◆ new remark"), unattributed);
            assertTrue(unattributed.contains("We will not withdraw a single soldier"), unattributed);
        }
    }

    @Test
    void statusLineShowsFeedsFailuresRoundsAndStoreSize() throws Exception {
        try (Harness h = new Harness(dir, 140, 30)) {
            h.controls(new FixedEngine());
            h.newsroom.morningOfTalks();
            h.render();
            String status = ScreenText.line(h.terminal, 29);
            assertTrue(status.contains("6 feeds · 1 failing · last 10:29:56 (4 s ago) · next in 2 s"), status);
            assertTrue(status.contains("hooks 2 failed"), status);
            assertTrue(status.contains("3 articles"), status);
            assertTrue(status.contains("river-post: HTTP 503"), status);
        }
    }

    @Test
    void rAsksTheEngineToPollNow() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            FixedEngine engine = new FixedEngine();
            h.controls(engine);
            h.render();
            String screen = h.type("r");
            assertEquals(1, engine.refreshes.get());
            assertTrue(screen.contains("polling every feed now"), screen);
        }
    }

    @Test
    void secondDashboardOnTheSameStoreIsReadOnlyAndFollowsTheWriter() throws Exception {
        try (Harness writer = new Harness(dir, 100, 30)) {
            writer.newsroom.morningOfTalks();
            try (SqliteStore second = SqliteStore.openShared(dir.resolve("wirewatch.db"));
                 Harness reader = new Harness(dir.resolve("unused"), 100, 30)) {
                var terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
                var screen = new com.googlecode.lanterna.screen.TerminalScreen(terminal);
                screen.startScreen();
                Dashboard dashboard = new Dashboard(screen, second, null, reader.options());
                dashboard.render();
                assertTrue(ScreenText.all(terminal).contains("READ-ONLY"));
                dashboard.handle(new KeyStroke('m', false, false));
                dashboard.render();
                assertTrue(ScreenText.all(terminal).contains("read-only: another wirewatch owns this store"));
                writer.newsroom.publish("a9", "global-ledger", "Ketra truce monitors cross the river",
                        Newsroom.MORNING.plus(Duration.ofHours(1)), "The first truce monitors crossed at dawn.",
                        "truce");
                dashboard.render();
                assertTrue(ScreenText.all(terminal).contains("Ketra truce monitors cross the river"));
                screen.stopScreen();
            }
        }
    }

    @Test
    void readOnlyDashboardTakesOverPollingWhenTheWriterStops() throws Exception {
        Harness writer = new Harness(dir, 100, 30);
        writer.newsroom.morningOfTalks();
        FixedEngine engine = new FixedEngine();
        try (SqliteStore second = SqliteStore.openShared(dir.resolve("wirewatch.db"));
             Harness reader = new Harness(dir.resolve("unused"), 100, 30)) {
            var terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            var screen = new com.googlecode.lanterna.screen.TerminalScreen(terminal);
            screen.startScreen();
            Dashboard dashboard = new Dashboard(screen, second, null, reader.options())
                    .takingOver(() -> second.takeOver() ? engine : null);
            dashboard.render();
            assertTrue(ScreenText.all(terminal).contains("READ-ONLY (another wirewatch polls this store)"));

            writer.close();
            dashboard.render();

            String screenText = ScreenText.all(terminal);
            assertTrue(screenText.contains("the other wirewatch has stopped: this one polls now"), screenText);
            assertTrue(screenText.contains("6 feeds"), screenText);
            assertFalse(screenText.contains("READ-ONLY"), screenText);
            dashboard.handle(new KeyStroke('m', false, false));
            dashboard.render();
            assertTrue(ScreenText.all(terminal).contains("marked seen"));
            dashboard.handle(new KeyStroke('r', false, false));
            assertEquals(1, engine.refreshes.get());
            screen.stopScreen();
        }
    }

    @Test
    void oOpensTheArticleUrlInTheBrowserAsOneArgument() throws Exception {
        Path opened = dir.resolve("opened.txt");
        Path browser = dir.resolve("browser.sh");
        Files.writeString(browser, "#!/bin/sh\nprintf '%s|%s' \"$#\" \"$1\" > \"" + opened + "\"\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withBrowser(List.of(browser.toString())));
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("o");
            assertTrue(screen.contains("opened in the browser"), screen);
            await().atMost(ofSeconds(10)).until(() -> Files.exists(opened) && Files.size(opened) > 0);
            assertEquals("1|http://127.0.0.1:9/ardesh-today/a3", Files.readString(opened));
        }
    }

    @Test
    void oRunsATerminalBrowserInTheForegroundAndRedrawsAfter() throws Exception {
        Path opened = dir.resolve("opened.txt");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path browser = bin.resolve("w3m");
        Files.writeString(browser, "#!/bin/sh\nprintf '%s' \"$1\" > \"" + opened + "\"\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withBrowser(List.of(browser.toString())));
            h.newsroom.morningOfTalks();
            h.render();
            h.dashboard().handle(new KeyStroke('o', false, false));
            assertEquals("http://127.0.0.1:9/ardesh-today/a3", Files.readString(opened));
            String after = h.render();
            assertTrue(after.contains("Watches") && after.contains("Reyk sets conditions"), after);
        }
    }

    @Test
    void oWithNoBrowserToRunSaysToSetBrowser() throws Exception {
        try (Harness h = new Harness(dir, 120, 30)) {
            h.options(h.options().withBrowser(List.of(dir.resolve("no-such-browser").toString())));
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("o");
            assertTrue(screen.contains("no browser: cannot run no-such-browser; set $BROWSER to one (for example BROWSER=w3m)"), screen);
        }
    }

    @Test
    void browserThatFailsAfterStartingIsReportedWithTheFix() throws Exception {
        Path browser = dir.resolve("xdg-open");
        Files.writeString(browser, "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        try (Harness h = new Harness(dir, 160, 30)) {
            h.options(h.options().withBrowser(List.of(browser.toString())));
            h.newsroom.morningOfTalks();
            h.render();
            h.type("o");
            await().atMost(ofSeconds(10)).until(() -> h.render().contains("xdg-open could not open the link (exit 3)"));
        }
    }

    @Test
    void browserFromTheEnvironmentTakesTheTerminalWhenItNeedsIt() {
        DashboardOptions none = DashboardOptions.fromEnvironment(Harness.CLOCK, Map.of("DISPLAY", ":0"));
        assertEquals(List.of("xdg-open"), none.browser());
        assertFalse(new Browser(none.browser(), none.browserInTerminal()).inTerminal());
        DashboardOptions lynx = DashboardOptions.fromEnvironment(Harness.CLOCK,
                Map.of("BROWSER", "/usr/bin/lynx:firefox", "DISPLAY", ":0"));
        assertTrue(new Browser(lynx.browser(), lynx.browserInTerminal()).inTerminal());
        DashboardOptions headless = DashboardOptions.fromEnvironment(Harness.CLOCK, Map.of("BROWSER", "mybrowser"));
        assertTrue(new Browser(headless.browser(), headless.browserInTerminal()).inTerminal());
        DashboardOptions desktop = DashboardOptions.fromEnvironment(Harness.CLOCK,
                Map.of("BROWSER", "firefox", "WAYLAND_DISPLAY", "wayland-0"));
        assertFalse(new Browser(desktop.browser(), desktop.browserInTerminal()).inTerminal());
    }

    @Test
    void runReturnsOnQAndLeavesThePrivateScreen() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
            new Newsroom(store).morningOfTalks();
            var terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            terminal.addInput(new KeyStroke('j', false, false));
            terminal.addInput(new KeyStroke('q', false, false));
            Dashboard.run(terminal, store, null, DashboardOptions.defaults(Harness.CLOCK));
            assertFalse(ScreenText.all(terminal).contains("Watches"));
        }
    }
}
