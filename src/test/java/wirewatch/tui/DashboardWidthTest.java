package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles with emoji, joined emoji, CJK and combining accents take the cells they show in, and no more. */
class DashboardWidthTest {
    private static final String DOVE = "\uD83D\uDD4A\uFE0F";
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    @TempDir
    Path dir;

    @Test
    void emojiTitleKeepsItsLettersAndItsColumns() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.publish("a1", "river-post", "Kremlin " + DOVE + " talks resume", Newsroom.MORNING,
                    "Kremlin talks on the truce resume.", "truce");
            h.render();
            int row = ScreenText.rowOf(h.terminal, "Kremlin");
            String shown = ScreenText.shown(h.terminal, row);
            assertTrue(shown.contains("Kremlin " + DOVE + " talks resume"), shown);
            assertFalse(shown.contains("\uFFFD"), shown);
            assertEquals(100, Cells.width(shown), shown);
        }
    }

    @Test
    void joinedEmojiCjkAndAccentsKeepTheLineWidth() throws Exception {
        String title = "Famil" + "ie\u0300s " + FAMILY + " return to 停火 zone on the Ketra's east bank after the long"
                + " night of shelling";
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.publish("a1", "river-post", title, Newsroom.MORNING, "The truce holds.", "truce");
            h.render();
            int row = ScreenText.rowOf(h.terminal, "Famil");
            String shown = ScreenText.shown(h.terminal, row);
            // The screen sends the whole joined sequence; the virtual terminal keeps its first emoji in the cells.
            assertTrue(shown.contains("Famili\u00E8s \uD83D\uDC69 return to 停火 zone"), shown);
            assertEquals(100, Cells.width(shown), shown);
            assertEquals(1, shown.chars().filter(c -> c == '…').count(), shown);
        }
    }

    @Test
    void truncationNeverSplitsAWideCharacter() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.publish("a1", "river-post", "停火".repeat(40), Newsroom.MORNING, "The truce holds.", "truce");
            h.render();
            String shown = ScreenText.shown(h.terminal, ScreenText.rowOf(h.terminal, "停火"));
            assertTrue(shown.contains("停火停…") || shown.contains("火…"), shown);
            assertEquals(100, Cells.width(shown), shown);
        }
    }

    @Test
    void shorterLineClearsWhatTheLongerOneCovered() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(40, 2));
        try (TerminalScreen screen = new TerminalScreen(terminal)) {
            screen.startScreen();
            Canvas canvas = new Canvas(screen, new Palette(true));
            Rect row = new Rect(0, 0, 40, 1);
            canvas.line(row, 0, List.of(Run.plain("  “We are ready if the monitors " + DOVE + " arrive 停火”")),
                    false);
            screen.refresh();
            canvas.line(row, 0, List.of(Run.plain("Jun 2 river-post "), Run.of("◆ new position", Style.UNSEEN)),
                    false);
            screen.refresh();
            assertEquals("Jun 2 river-post ◆ new position" + " ".repeat(9), ScreenText.line(terminal, 0));
        }
    }
}
