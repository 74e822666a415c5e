package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void changedWordsAreMarkedDeletedThenInserted() {
        assertEquals("We will [-open-]{+reopen+} the corridor [-as soon as-]{+once+} the mines are cleared",
                WordDiff.between("We will open the corridor as soon as the mines are cleared",
                        "We will reopen the corridor once the mines are cleared").marked());
    }

    @Test
    void insertedWordsAreMarked() {
        assertEquals("Talks resume {+on Thursday+} in Tessa",
                WordDiff.between("Talks resume in Tessa", "Talks resume on Thursday in Tessa").marked());
    }

    @Test
    void deletedWordsAreMarked() {
        assertEquals("The convoy [-finally-] left at dawn.",
                WordDiff.between("The convoy finally left at dawn.", "The convoy left at dawn.").marked());
    }

    @Test
    void equalTextsComeBackUnchanged() {
        String text = "Varga said the corridor would reopen.";
        assertEquals(text, WordDiff.between(text, text).marked());
    }

    @Test
    void whitespaceAloneIsNoDifference() {
        assertEquals(List.of(new Diff.Segment(Diff.Op.EQUAL, "Varga said  no.")),
                WordDiff.between("Varga  said no.", "Varga said  no.").segments());
    }

    @Test
    void segmentsNameEachOperationForColouring() {
        assertEquals(List.of(
                        new Diff.Segment(Diff.Op.EQUAL, "UPDATED: "),
                        new Diff.Segment(Diff.Op.DELETE, "Kremlin"),
                        new Diff.Segment(Diff.Op.INSERT, "Tessa"),
                        new Diff.Segment(Diff.Op.EQUAL, " studies truce")),
                WordDiff.between("UPDATED: Kremlin studies truce", "UPDATED: Tessa studies truce").segments());
    }
}
