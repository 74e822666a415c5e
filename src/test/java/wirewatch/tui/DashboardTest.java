package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.store.WatchCount;

/** The panes, the selection and the keys, read back from a virtual terminal. */
class DashboardTest {
    @TempDir
    Path dir;

    @Test
    void watchesPaneListsEveryWatchWithItsUnseenCount() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            String screen = h.render();
            assertTrue(screen.contains("monitors"), screen);
            assertTrue(ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, "›truce-talks")).contains("3"));
        }
    }

    @Test
    void matchesAreListedNewestFirstWithTimeAndOutlet() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            int newest = ScreenText.rowOf(h.terminal, "Reyk sets conditions");
            int older = ScreenText.rowOf(h.terminal, "Reyk: no truce while");
            int oldest = ScreenText.rowOf(h.terminal, "Ardesh and Velmora open");
            assertTrue(newest < older && older < oldest, h.render());
            assertTrue(ScreenText.line(h.terminal, newest).contains("08:45 ardesh-today"));
        }
    }

    @Test
    void selectedArticleShowsItsStatementsAsSpeakerAndQuote() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            String screen = h.type("jj");
            assertTrue(screen.contains("Dalia Okonjo: “Both delegations came to the table in good faith”"), screen);
        }
    }

    @Test
    void unattributedStatementIsLabelledAndHasNoTimeline() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            Article earlier = h.newsroom.publish("a4", "river-post", "Velmora answers on the truce",
                    Newsroom.MORNING.plus(Duration.ofHours(1)), "Velmora said the truce must come first.", "truce");
            Article latest = h.newsroom.publish("a5", "meridian-wire", "Velmora will not withdraw before a truce",
                    Newsroom.MORNING.plus(Duration.ofHours(2)), "Velmora will not withdraw before a truce.", "truce");
            h.newsroom.said(earlier, null, "The truce must come before any talk of borders", "direct", "g-borders",
                    "new", Newsroom.MORNING.plus(Duration.ofHours(1)));
            h.newsroom.said(latest, null, "We will not withdraw a single soldier before the truce", "direct",
                    "g-soldier", "new", Newsroom.MORNING.plus(Duration.ofHours(2)));

            String screen = h.render();

            assertTrue(screen.contains("unattributed: “We will not withdraw a single soldier before the truce”"),
                    screen);
            assertFalse(screen.contains("Timeline"), screen);
            assertFalse(screen.contains("null"), screen);
        }
    }

    @Test
    void jAndKMoveTheSelectionThroughTheMatches() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            int articleTitleRow = 13;
            h.render();
            assertTrue(ScreenText.line(h.terminal, articleTitleRow).contains("Reyk sets conditions"));
            h.type("j");
            assertTrue(ScreenText.line(h.terminal, articleTitleRow).contains("Reyk: no truce while troops"));
            h.type("k");
            assertTrue(ScreenText.line(h.terminal, articleTitleRow).contains("Reyk sets conditions"));
        }
    }

    @Test
    void selectedRowIsShownReversed() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.type("j");
            int[] row = ScreenText.find(h.terminal, "Reyk: no truce while troops").orElseThrow();
            int[] other = ScreenText.find(h.terminal, "Reyk sets conditions").orElseThrow();
            assertTrue(ScreenText.at(h.terminal, row, 0).isReversed());
            assertFalse(ScreenText.at(h.terminal, other, 0).isReversed());
        }
    }

    @Test
    void newMatchArrivingLiveDoesNotMoveTheSelection() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.type("j");
            h.newsroom.publish("a4", "global-ledger", "Monitors ready to deploy if a truce is signed",
                    Newsroom.MORNING.plus(Duration.ofHours(2)), "Observers could reach the Ketra within days of a "
                            + "truce, officials said.", "truce");
            h.dashboard().events().accept(java.util.List.of());
            String screen = h.render();
            assertTrue(screen.contains("Monitors ready to deploy"), screen);
            int[] selected = ScreenText.find(h.terminal, "Reyk: no truce while troops").orElseThrow();
            assertTrue(ScreenText.at(h.terminal, selected, 0).isReversed(), screen);
            assertTrue(ScreenText.line(h.terminal, 13).contains("Reyk: no truce while troops"), screen);
        }
    }

    @Test
    void tabMovesTheKeyboardToTheArticlePane() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            String before = h.render();
            assertTrue(before.contains("▶ Matches"), before);
            String after = h.press(KeyType.Tab);
            assertTrue(after.contains("▶ Article"), after);
            assertFalse(after.contains("▶ Matches"), after);
        }
    }

    @Test
    void enterOpensTheArticleFullScreenAndEscGoesBack() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String open = h.press(KeyType.Enter);
            assertTrue(open.contains("Article · Enter or Esc: back"), open);
            assertFalse(open.contains("Watches"), open);
            String back = h.press(KeyType.Escape);
            assertTrue(back.contains("Watches"), back);
        }
    }

    @Test
    void slashFiltersTheMatchesByTitle() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("/velmora");
            String screen = h.press(KeyType.Enter);
            assertTrue(screen.contains("filter “velmora”"), screen);
            assertTrue(screen.contains("Ardesh and Velmora open truce talks"), screen);
            assertFalse(screen.contains("Reyk sets conditions"), screen);
            String cleared = h.press(KeyType.Escape);
            assertTrue(cleared.contains("Reyk sets conditions"), cleared);
        }
    }

    @Test
    void mMarksTheSelectedMatchSeen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("m");
            assertTrue(screen.contains("marked seen"), screen);
            String row = ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, "Reyk sets conditions"));
            assertFalse(row.contains("●"), row);
            assertEquals(new WatchCount("truce-talks", 3, 2), h.store.watchCounts().get(0));
        }
    }

    @Test
    void qQuits() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.render();
            assertFalse(h.dashboard().handle(new KeyStroke('q', false, false)));
        }
    }

    @Test
    void ctrlCQuits() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.render();
            assertFalse(h.dashboard().handle(new KeyStroke('c', true, false)));
        }
    }

    @Test
    void otherKeysKeepTheDashboardOpen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.render();
            assertTrue(h.dashboard().handle(new KeyStroke('x', false, false)));
            assertTrue(h.dashboard().handle(new KeyStroke(KeyType.F5)));
        }
    }

    @Test
    void watchesPaneSelectionShowsAnotherWatchsMatches() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.newsroom.publish("monitors", "m1", "global-ledger", "Observers for the Ketra named",
                    "Forty observers will monitor the river line.", Newsroom.MORNING,
                    "Forty observers will monitor the river line.", "observers");
            h.render();
            h.press(KeyType.ReverseTab);
            String screen = h.type("k");
            assertTrue(screen.contains("Matches · monitors (1)"), screen);
            assertTrue(screen.contains("Observers for the Ketra named"), screen);
            assertNotEquals(-1, ScreenText.rowOf(h.terminal, "▶ Watches"));
        }
    }
}
