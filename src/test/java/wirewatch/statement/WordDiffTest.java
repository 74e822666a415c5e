package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private final WordDiff diff = new WordDiff();

    @Test
    void changedWordsAreMarkedDeletedThenInserted() {
        assertEquals("We will [-open-]{+reopen+} the corridor [-as soon as-]{+once+} the mines are cleared",
                diff.diff("We will open the corridor as soon as the mines are cleared",
                        "We will reopen the corridor once the mines are cleared"));
    }

    @Test
    void insertedWordsAreMarked() {
        assertEquals("Talks resume {+on Thursday+} in Tessa",
                diff.diff("Talks resume in Tessa", "Talks resume on Thursday in Tessa"));
    }

    @Test
    void deletedWordsAreMarked() {
        assertEquals("The convoy [-finally-] left at dawn.",
                diff.diff("The convoy finally left at dawn.", "The convoy left at dawn."));
    }

    @Test
    void equalTextsComeBackUnchanged() {
        String text = "Varga said the corridor would reopen.";
        assertEquals(text, diff.diff(text, text));
    }

    @Test
    void whitespaceAloneIsNoDifference() {
        assertEquals(List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, "Varga said  no.")),
                diff.segments("Varga  said no.", "Varga said  no."));
    }

    @Test
    void segmentsNameEachOperationForColouring() {
        assertEquals(List.of(
                        new WordDiff.Segment(WordDiff.Op.EQUAL, "UPDATED: "),
                        new WordDiff.Segment(WordDiff.Op.DELETE, "Kremlin"),
                        new WordDiff.Segment(WordDiff.Op.INSERT, "Tessa"),
                        new WordDiff.Segment(WordDiff.Op.EQUAL, " studies truce")),
                diff.segments("UPDATED: Kremlin studies truce", "UPDATED: Tessa studies truce"));
    }
}
