package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;

/** Highlights, diffs, overlays, sizes and hostile text, as they reach the terminal's cells. */
class DashboardRenderingTest {
    @TempDir
    Path dir;

    @Test
    void matchedTermsAreHighlightedInTheSnippet() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            int[] snippet = ScreenText.find(h.terminal, "The president told reporters a truce").orElseThrow();
            int termAt = "The president told reporters a ".length();
            TextCharacter term = ScreenText.at(h.terminal, snippet, termAt);
            TextCharacter plain = ScreenText.at(h.terminal, snippet, 4);
            assertEquals("t", term.getCharacterString());
            assertEquals(TextColor.ANSI.YELLOW, term.getForegroundColor());
            assertTrue(term.isBold());
            assertEquals(TextColor.ANSI.DEFAULT, plain.getForegroundColor());
        }
    }

    @Test
    void matchedTermsAreUnderlinedWithoutColour() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withColor(false));
            h.newsroom.morningOfTalks();
            h.render();
            int[] snippet = ScreenText.find(h.terminal, "The president told reporters a truce").orElseThrow();
            TextCharacter term = ScreenText.at(h.terminal, snippet, "The president told reporters a ".length());
            assertEquals(TextColor.ANSI.DEFAULT, term.getForegroundColor());
            assertTrue(term.isUnderlined() && term.isBold());
        }
    }

    @Test
    void variantDiffColoursDeletionsRedAndInsertionsGreen() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String label = "ardesh-today 08:45 · this article: ";
            int[] diff = ScreenText.find(h.terminal, label + "There can will be").orElseThrow();
            int deleted = (label + "There ").length();
            int inserted = (label + "There can ").length();
            assertEquals(TextColor.ANSI.RED, ScreenText.at(h.terminal, diff, deleted).getForegroundColor());
            assertTrue(ScreenText.at(h.terminal, diff, deleted).isCrossedOut());
            assertEquals(TextColor.ANSI.GREEN, ScreenText.at(h.terminal, diff, inserted).getForegroundColor());
        }
    }

    @Test
    void variantDiffIsMarkedInTextUnderNoColor() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(DashboardOptions.fromEnvironment(Harness.CLOCK, Map.of("NO_COLOR", "1")));
            h.newsroom.morningOfTalks();
            String screen = h.render();
            assertTrue(screen.contains("There [-can-]{+will+} be no truce"), screen);
            int[] diff = ScreenText.find(h.terminal, "[-can-]").orElseThrow();
            assertEquals(TextColor.ANSI.DEFAULT, ScreenText.at(h.terminal, diff, 2).getForegroundColor());
        }
    }

    @Test
    void revisionsShowTheEditedTitleAsAWordDiff() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.options(h.options().withColor(false));
            h.newsroom.morningOfTalks();
            Article edited = h.newsroom.publish("a5", "river-post", "Ardesh signals openness to a truce",
                    Newsroom.MORNING.plus(Duration.ofHours(2)), "Ardesh signalled it could accept a truce.",
                    "truce");
            h.newsroom.retitled(edited, "Ardesh rejects truce offer", "Ardesh signals openness to a truce",
                    "Ardesh [-rejects truce offer-]{+signals openness to a truce+}",
                    Newsroom.MORNING.plus(Duration.ofHours(3)));
            String screen = h.render();
            assertTrue(screen.contains("Revisions (1, newest first)"), screen);
            assertTrue(screen.contains("title: Ardesh [-rejects truce offer-]{+signals openness to a truce+}"),
                    screen);
            assertTrue(ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, "Ardesh signals openness to a"))
                    .contains("✎"), screen);
        }
    }

    @Test
    void speakerTimelineListsPositionsNewestFirst() throws Exception {
        try (Harness h = new Harness(dir, 100, 40)) {
            h.newsroom.morningOfTalks();
            Article later = h.newsroom.publish("a6", "meridian-wire", "Reyk ready to sign truce if monitors come",
                    Newsroom.MORNING.plus(Duration.ofHours(5)), "Reyk said he was ready to sign a truce.",
                    "truce");
            h.newsroom.said(later, "Tomas Reyk", "We are ready to sign a truce if the monitors arrive by Friday",
                    "direct", "g-monitors", "new", Newsroom.MORNING.plus(Duration.ofHours(5)));
            String screen = h.render();
            int timeline = ScreenText.rowOf(h.terminal, "Timeline · Tomas Reyk");
            int newer = ScreenText.rowOf(h.terminal, "12:30 meridian-wire NEW “We are ready to sign");
            int older = ScreenText.rowOf(h.terminal, "08:45 ardesh-today “There will be no truce");
            assertTrue(timeline > 0 && timeline < newer && newer < older, screen);
        }
    }

    @Test
    void helpOverlayListsEveryKeyAndEscClosesIt() throws Exception {
        try (Harness h = new Harness(dir, 80, 24)) {
            h.render();
            String help = h.type("?");
            for (String key : new String[] {"j k", "Tab", "Enter", "/", "m", "r", "o", "s", "Esc", "quit"}) {
                assertTrue(help.contains(key), key + " missing from\n" + help);
            }
            String closed = h.press(KeyType.Escape);
            assertFalse(closed.contains("Keys · Esc closes"), closed);
        }
    }

    @Test
    void at80By24EveryPaneAndTheStatusLineShow() throws Exception {
        try (Harness h = new Harness(dir, 140, 50)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.resize(80, 24);
            assertTrue(screen.contains("Watches") && screen.contains("Matches") && screen.contains("Article"),
                    screen);
            assertTrue(screen.contains("Reyk sets conditions"), screen);
            assertTrue(ScreenText.line(h.terminal, 23).contains("3 articles"), screen);
        }
    }

    @Test
    void wideTerminalPutsTheArticleBesideTheMatches() throws Exception {
        try (Harness h = new Harness(dir, 180, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            assertEquals(ScreenText.rowOf(h.terminal, "Matches"), ScreenText.rowOf(h.terminal, "Article"));
        }
    }

    @Test
    void tinyTerminalShowsAClearMessageInsteadOfPanes() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            h.render();
            String screen = h.resize(50, 12);
            assertTrue(screen.replace("\n", " ").replaceAll(" +", " ").contains("at least 80×24"), screen);
            assertFalse(screen.contains("Watches"), screen);
            String back = h.resize(100, 30);
            assertTrue(back.contains("Watches"), back);
        }
    }

    @Test
    void escapeSequencesInFeedTextNeverReachTheTerminal() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            String hostile = "Truce \u001b]0;PWNED\u0007\u001b[2Jdeal signed\u009b31m on the Ketra\u0000";
            h.newsroom.publish("x1", "meridian-wire", hostile, Newsroom.MORNING,
                    "Negotiators said \u001b[5mthe truce\u001b[0m holds.\u202e", "truce");
            String screen = h.render();
            assertTrue(screen.contains("Truce deal signed on the Ketra"), screen);
            assertTrue(screen.contains("Negotiators said the truce holds."), screen);
            assertFalse(screen.contains("PWNED"), screen);
            assertTrue(screen.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0),
                    screen);
        }
    }
}
