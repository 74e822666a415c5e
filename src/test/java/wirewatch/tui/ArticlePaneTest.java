package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;

/** The article pane's renderings of a remark and the speaker's timeline, as they reach the terminal. */
class ArticlePaneTest {
    @TempDir
    Path dir;

    private static Harness monochrome(Path dir) {
        Harness h = new Harness(dir, 149, 50);
        return h.options(DashboardOptions.fromEnvironment(Harness.CLOCK, Map.of("NO_COLOR", "1")));
    }

    /** The morning's story and, later, a second position of the same speaker in another outlet. */
    private static Article storyWithASecondPosition(Harness h) {
        h.newsroom.morningOfTalks();
        Article later = h.newsroom.publish("a6", "meridian-wire", "Reyk ready to sign truce if monitors come",
                Newsroom.MORNING.plus(Duration.ofHours(5)), "Reyk said he was ready to sign a truce.", "truce");
        h.newsroom.said(later, "Tomas Reyk", "We are ready to sign a truce if the monitors arrive by Friday",
                "direct", "g-monitors", "new", Newsroom.MORNING.plus(Duration.ofHours(5)));
        return later;
    }

    /** Whether a line of the screen is exactly this text: the article pane's headline. */
    private static boolean shows(String screen, String line) {
        return screen.lines().anyMatch(l -> l.strip().equals(line));
    }

    private static List<String> linesWith(String screen, String text) {
        return screen.lines().filter(line -> line.contains(text)).toList();
    }

    @Test
    void expandedArticleShowsTheTitleOnceAndKeepsItsParagraphs() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            String title = "Mediator upbeat as Ketra truce talks begin";
            h.newsroom.publish(Newsroom.WATCH, "p1", "global-ledger", title, title
                    + "\n\nMarkets in both countries rose on Monday.\n\nTraders bet on a truce by Friday.",
                    Newsroom.MORNING, "Markets rose as truce talks opened.", "truce");
            h.render();
            String screen = h.press(com.googlecode.lanterna.input.KeyType.Enter);
            assertEquals(1, screen.split(title, -1).length - 1, screen);
            int first = ScreenText.rowOf(h.terminal, "Markets in both countries rose on Monday.");
            int second = ScreenText.rowOf(h.terminal, "Traders bet on a truce by Friday.");
            assertEquals(first + 2, second, screen);
            assertTrue(ScreenText.line(h.terminal, first + 1).isBlank(), screen);
        }
    }

    @Test
    void eachRenderingShowsItsOwnWordsAsInsertionsAgainstTheFirst() throws Exception {
        try (Harness h = monochrome(dir)) {
            h.newsroom.morningOfTalks();
            String screen = h.type("j");
            assertTrue(shows(screen, "Reyk: no truce while troops hold the east bank"), screen);
            List<String> ardesh = linesWith(screen, "    ardesh-today 08:45");
            assertEquals(1, ardesh.size(), screen);
            assertTrue(ardesh.get(0).contains("There [-can-]{+will+} be no truce while Velmoran [-troops-]"
                    + "{+soldiers+} stand"), screen);
        }
    }

    @Test
    void firstRenderingIsShownInItsOwnWordsAndTheArticlesAgainstIt() throws Exception {
        try (Harness h = monochrome(dir)) {
            h.newsroom.morningOfTalks();
            String screen = h.render();
            List<String> first = linesWith(screen, "    river-post 08:10");
            assertEquals(1, first.size(), screen);
            assertTrue(first.get(0).contains("There can be no truce while Velmoran troops stand on the east bank"),
                    screen);
            assertFalse(first.get(0).contains("[-") || first.get(0).contains("{+"), screen);
            List<String> own = linesWith(screen, "    ardesh-today 08:45");
            assertEquals(1, own.size(), screen);
            assertTrue(own.get(0).contains("There [-can-]{+will+} be"), screen);
        }
    }

    @Test
    void timelineMarksOnlyTheShownArticlesStatements() throws Exception {
        try (Harness h = monochrome(dir)) {
            storyWithASecondPosition(h);
            String screen = h.type("jj");
            assertTrue(shows(screen, "Reyk: no truce while troops hold the east bank"), screen);
            int timeline = ScreenText.rowOf(h.terminal, "Timeline · Tomas Reyk");
            assertTrue(timeline > 0, screen);
            List<String> marked = screen.lines().skip(timeline).filter(l -> l.contains("◂ this article")).toList();
            assertEquals(1, marked.size(), screen);
            assertTrue(marked.get(0).contains("river-post") && marked.get(0).contains("There can be no truce"),
                    screen);
        }
    }

    @Test
    void quoteRemovedByARevisionIsShownRemovedInTheArticle() throws Exception {
        try (Harness h = monochrome(dir)) {
            Article later = storyWithASecondPosition(h);
            h.newsroom.unsaid(later, "We are ready to sign a truce if the monitors arrive by Friday",
                    Newsroom.MORNING.plus(Duration.ofHours(6)));
            String screen = h.render();
            assertTrue(shows(screen, "Reyk ready to sign truce if monitors come"), screen);
            List<String> said = linesWith(screen, "Tomas Reyk: “We are ready to sign");
            assertEquals(1, said.size(), screen);
            assertTrue(said.get(0).startsWith("✗ ") && said.get(0).contains("removed 13:30"), screen);
        }
    }

    @Test
    void quoteRemovedByARevisionIsNotTheSpeakersCurrentPosition() throws Exception {
        try (Harness h = monochrome(dir)) {
            Article later = storyWithASecondPosition(h);
            h.newsroom.unsaid(later, "We are ready to sign a truce if the monitors arrive by Friday",
                    Newsroom.MORNING.plus(Duration.ofHours(6)));
            String screen = h.type("j");
            assertTrue(shows(screen, "Reyk sets conditions for a truce on the river"), screen);
            int timeline = ScreenText.rowOf(h.terminal, "Timeline · Tomas Reyk");
            List<String> removed = screen.lines().skip(timeline).filter(l -> l.contains("We are ready to sign"))
                    .toList();
            assertEquals(1, removed.size(), screen);
            assertTrue(removed.get(0).contains("removed “We are ready to sign"), screen);
            assertFalse(removed.get(0).contains("NEW"), screen);
        }
    }

    @Test
    void statementsViewMarksAStatementAnEditRemoved() throws Exception {
        try (Harness h = monochrome(dir)) {
            Article later = storyWithASecondPosition(h);
            h.newsroom.unsaid(later, "We are ready to sign a truce if the monitors arrive by Friday",
                    Newsroom.MORNING.plus(Duration.ofHours(6)));
            h.render();
            String screen = h.type("s");
            int quote = ScreenText.rowOf(h.terminal, "We are ready to sign a truce");
            assertTrue(ScreenText.line(h.terminal, quote - 1).contains("◆ new position · removed 13:30"), screen);
        }
    }

    @Test
    void statementsViewShowsAVariantAgainstAFirstRenderingReadLongBefore() throws Exception {
        try (Harness h = monochrome(dir)) {
            h.newsroom.morningOfTalks();
            Article briefing = h.newsroom.publish("a7", "river-post", "Reyk briefs reporters on the truce",
                    Newsroom.MORNING.plus(Duration.ofHours(1)), "Reyk spoke about the truce at length.", "truce");
            for (int i = 0; i < DetailLoader.HISTORY; i++) {
                h.newsroom.said(briefing, "Tomas Reyk", "On the truce, point number " + i + " of the briefing",
                        "direct", "g-point-" + i, "new", Newsroom.MORNING.plus(Duration.ofMinutes(60 + i)));
            }
            Article echo = h.newsroom.publish("a8", "meridian-wire", "Reyk repeats his truce condition",
                    Newsroom.MORNING.plus(Duration.ofHours(4)), "Reyk repeated his condition for a truce.", "truce");
            h.newsroom.said(echo, "Tomas Reyk", "There can be no truce while Velmoran troops hold the east bank",
                    "direct", "g-east-bank", "variant", Newsroom.MORNING.plus(Duration.ofHours(4)));
            h.render();
            String screen = h.type("s");
            int quote = ScreenText.rowOf(h.terminal, "Velmoran troops [-stand on-]{+hold+} the east bank");
            assertTrue(quote > 0, screen);
            assertTrue(ScreenText.line(h.terminal, quote - 1).contains("≈ variant"), screen);
        }
    }
}
