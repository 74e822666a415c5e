package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewatch.statement.Diff.Op;
import wirewatch.statement.Diff.Segment;

class DiffTest {
    @Test
    void markedTextReadsBackAsTheSameSegments() {
        Diff diff = WordDiff.between("Kremlin to study ceasefire proposal",
                "Kremlin says it will study US ceasefire proposal");
        assertEquals(diff, Diff.parse(diff.marked()));
    }

    @Test
    void parseNamesEachRun() {
        assertEquals(List.of(new Segment(Op.EQUAL, "We "), new Segment(Op.DELETE, "need to"),
                new Segment(Op.INSERT, "must"), new Segment(Op.EQUAL, " study")),
                Diff.parse("We [-need to-]{+must+} study").segments());
    }

    @Test
    void unclosedMarkerRunsToTheEnd() {
        assertEquals(List.of(new Segment(Op.EQUAL, "Talks "), new Segment(Op.INSERT, "resume -] on")),
                Diff.parse("Talks {+resume -] on").segments());
    }

    @Test
    void textWithoutMarksIsOneEqualRun() {
        assertEquals(List.of(new Segment(Op.EQUAL, "a [ b { c")), Diff.parse("a [ b { c").segments());
        assertEquals(List.of(), Diff.parse("").segments());
    }

    @Test
    void wholeTextsAddedOrTakenOutAreOneMarkedRun() {
        assertEquals("{+Dmitry Peskov: We are ready+}", Diff.inserted("Dmitry Peskov: We are ready").marked());
        assertEquals("[-Dmitry Peskov: We are ready-]", Diff.deleted("Dmitry Peskov: We are ready").marked());
    }
}
