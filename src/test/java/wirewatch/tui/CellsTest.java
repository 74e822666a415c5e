package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
    private static final String DOVE = "\uD83D\uDD4A\uFE0F";
    private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private static final String E_ACUTE = "e\u0301";

    @Test
    void emojiWithVariationSelectorIsOneClusterOfTwoCells() {
        assertEquals(List.of("a", DOVE, "b"), Cells.clusters("a" + DOVE + "b"));
        assertEquals(4, Cells.width("a" + DOVE + "b"));
    }

    @Test
    void joinedEmojiAreOneClusterOfTwoCells() {
        assertEquals(List.of(FAMILY), Cells.clusters(FAMILY));
        assertEquals(2, Cells.width(FAMILY));
    }

    @Test
    void flagIsOneClusterOfTwoCells() {
        String flag = "\uD83C\uDDFA\uD83C\uDDE6";
        assertEquals(List.of(flag, "x"), Cells.clusters(flag + "x"));
        assertEquals(3, Cells.width(flag + "x"));
    }

    @Test
    void cjkTakesTwoCellsAndCombiningMarksNone() {
        assertEquals(6, Cells.width("停火协"));
        assertEquals(4, Cells.width("caf" + E_ACUTE));
        assertEquals(0, Cells.width("\u0301"));
    }

    @Test
    void fitCutsBetweenClustersAndCountsTheEllipsis() {
        assertEquals("Kremlin …", Cells.fit("Kremlin " + DOVE + " talks", 9, true));
        assertEquals("Kremlin " + DOVE + "…", Cells.fit("Kremlin " + DOVE + " talks", 11, true));
        assertEquals("caf" + E_ACUTE + "…", Cells.fit("caf" + E_ACUTE + " noir", 5, true));
        assertEquals("停…", Cells.fit("停火协", 4, true));
    }

    @Test
    void fitWithoutEllipsisGivesAWideFirstClusterSoWrappingMovesOn() {
        assertEquals("停", Cells.fit("停火", 1, false));
    }

    @Test
    void accentedLetterIsDrawnComposedInOneCell() {
        assertEquals("\u00E9", Cells.drawable(E_ACUTE, 1));
        assertEquals("q", Cells.drawable("q\u0303", 1));
        assertEquals("\uFFFD", Cells.drawable("\uD835\uDC00", 1));
        assertEquals(DOVE, Cells.drawable(DOVE, 2));
    }
}
