package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.store.WatchCount;

/** Reading through the news: what is seen, and moving to what is not, read back from a virtual terminal. */
class ReadingTest {
    @TempDir
    Path dir;

    private static String row(Harness h, String title) {
        return ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, title));
    }

    private static boolean isSelected(Harness h, String title) {
        return ScreenText.at(h.terminal, ScreenText.find(h.terminal, title).orElseThrow(), 0).isReversed();
    }

    @Test
    void articleMarkedSeenUnderOneWatchIsSeenUnderTheOther() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            Article newest = h.store.article("a3").orElseThrow().article();
            h.newsroom.alsoMatched("monitors", newest, "river");
            h.render();
            h.type("m");
            String screen = h.type("hk");
            assertTrue(screen.contains("Matches · monitors"), screen);
            assertFalse(row(h, "Reyk sets conditions").contains("●"), screen);
            assertEquals(List.of(new WatchCount("monitors", 1, 0), new WatchCount("truce-talks", 3, 2)),
                    h.store.watchCounts());
        }
    }

    @Test
    void openingAnArticleFullScreenMarksItSeen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.press(KeyType.Enter);
            String back = h.press(KeyType.Escape);
            assertFalse(row(h, "Reyk sets conditions").contains("●"), back);
            assertTrue(row(h, "Reyk: no truce while").contains("●"), back);
        }
    }

    @Test
    void openingAnArticleInTheBrowserMarksItSeen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withBrowser(List.of("true")));
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("o");
            assertTrue(screen.contains("opened in the browser"), screen);
            assertFalse(row(h, "Reyk sets conditions").contains("●"), screen);
        }
    }

    @Test
    void mTwiceMakesTheMatchUnseenAgain() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("m");
            String screen = h.type("m");
            assertTrue(screen.contains("marked unseen"), screen);
            assertTrue(row(h, "Reyk sets conditions").contains("●"), screen);
            assertEquals(new WatchCount("truce-talks", 3, 3), h.store.watchCounts().get(0));
        }
    }

    @Test
    void nSkipsSeenMatchesAndCapitalNGoesBack() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("jmg");
            String screen = h.type("n");
            assertTrue(isSelected(h, "Ardesh and Velmora open"), screen);
            screen = h.type("N");
            assertTrue(isSelected(h, "Reyk sets conditions"), screen);
        }
    }

    @Test
    void nMovesToTheNextWatchWithUnseenMatches() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.publish("monitors", "m1", "river-post", "Monitors reach the Ketra", "Monitors arrived.",
                    Newsroom.MORNING, "Monitors arrived.", "monitors");
            h.newsroom.morningOfTalks();
            assertTrue(h.render().contains("Matches · monitors"));
            String screen = h.type("n");
            assertTrue(screen.contains("Matches · truce-talks"), screen);
            assertTrue(isSelected(h, "Reyk sets conditions"), screen);
            h.type("A");
            screen = h.type("N");
            assertTrue(screen.contains("Matches · monitors"), screen);
            assertTrue(isSelected(h, "Monitors reach the Ketra"), screen);
        }
    }

    @Test
    void capitalAMarksTheWholeWatchSeen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("A");
            assertTrue(screen.contains("marked 3 seen in truce-talks"), screen);
            assertFalse(row(h, "Ardesh and Velmora open").contains("●"), screen);
            assertEquals(new WatchCount("truce-talks", 3, 0), h.store.watchCounts().get(0));
            screen = h.type("n");
            assertTrue(screen.contains("no unseen matches"), screen);
        }
    }

    @Test
    void slashFiltersAsYouTypeWithTheCount() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("/reyk");
            assertTrue(screen.contains("/reyk▏ — 2 matches"), screen);
            assertFalse(screen.contains("Ardesh and Velmora open"), screen);
            screen = h.press(KeyType.Backspace);
            assertTrue(screen.contains("/rey▏ — 2 matches"), screen);
            screen = h.type("x");
            assertTrue(screen.contains("/reyx▏ — 0 matches"), screen);
            assertTrue(screen.contains("nothing matches the filter"), screen);
        }
    }

    @Test
    void enterKeepsTheFilterAndEscClearsIt() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("/velmora");
            String kept = h.press(KeyType.Enter);
            assertTrue(kept.contains("filtered “velmora” (1)"), kept);
            assertFalse(kept.contains("Reyk sets conditions"), kept);
            h.type("/");
            String cleared = h.press(KeyType.Escape);
            assertTrue(cleared.contains("Reyk sets conditions"), cleared);
            assertFalse(cleared.contains("velmora"), cleared);
        }
    }

    @Test
    void controlCharactersTypedIntoTheFilterAreDropped() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.type("/\u001b[2Jreyk".translateEscapes());
            assertTrue(screen.contains("/[2Jreyk▏ — 0 matches"), screen);
        }
    }

    @Test
    void capitalSSearchesTheArchiveWithARuleAndEscGoesBack() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("Sreyk AND -east");
            assertTrue(h.render().contains("search the archive: reyk AND -east▏"));
            String screen = h.press(KeyType.Enter);
            assertTrue(screen.contains("Search “reyk AND -east” (1) · Esc: back"), screen);
            assertTrue(screen.contains("Reyk sets conditions"), screen);
            assertFalse(screen.contains("Reyk: no truce while"), screen);
            h.type("m");
            assertEquals(new WatchCount("truce-talks", 3, 2), h.store.watchCounts().get(0));
            screen = h.press(KeyType.Escape);
            assertTrue(screen.contains("Matches · truce-talks (3)"), screen);
            assertFalse(row(h, "Reyk sets conditions").contains("●"), screen);
        }
    }

    @Test
    void aRuleThatDoesNotParseIsExplainedOnTheStatusLine() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            h.type("Struce AND (");
            String screen = h.press(KeyType.Enter);
            String status = ScreenText.line(h.terminal, 29);
            assertTrue(status.contains("search: watch 'search': cannot parse query 'truce AND ('"), screen);
            assertTrue(screen.contains("Matches · truce-talks (3)"), screen);
        }
    }

    @Test
    void watchesPaneGroupsWatchesUnderTheirStory() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withWatches(List.of("truce-talks", "monitors", "harvest"))
                    .withStories(Map.of("truce-talks", "ketra-talks", "monitors", "ketra-talks")));
            h.newsroom.morningOfTalks();
            h.newsroom.alsoMatched("monitors", h.store.article("a1").orElseThrow().article(), "truce");
            h.render();
            int harvest = ScreenText.rowOf(h.terminal, " harvest");
            int story = ScreenText.rowOf(h.terminal, "ketra-talks");
            int monitors = ScreenText.rowOf(h.terminal, "›  monitors");
            int truce = ScreenText.rowOf(h.terminal, "   truce-talks");
            assertTrue(harvest < story && story < monitors && monitors < truce, h.render());
            assertTrue(ScreenText.line(h.terminal, story).contains("4"), h.render());
            String screen = h.type("hj");
            assertTrue(screen.contains("Matches · truce-talks"), screen);
        }
    }

    @Test
    void helpListsTheReadingKeysOnTheSmallestTerminal() throws Exception {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.render();
            String help = h.type("?");
            for (String key : new String[] {"n N  A", "next/previous unseen", "A: whole watch seen", "S ",
                    "search the archive", "toggle seen", "as you type", "Diffs:"}) {
                assertTrue(help.contains(key), key + " missing from\n" + help);
            }
        }
    }
}
