package wirewatch.tui;

import java.util.ArrayList;
import java.util.List;
import wirewatch.statement.Diff;

/**
 * Shows a word diff as runs: in colour, deletions and insertions get their own styles; without colour, they are
 * written in the marked form of {@link Diff.Segment#marked()}, as the event JSON writes them, so the change stays
 * readable on a monochrome terminal.
 */
final class DiffText {
    private DiffText() {
    }

    static List<Run> runs(Diff diff, boolean color) {
        List<Run> runs = new ArrayList<>();
        Diff.Op last = Diff.Op.EQUAL;
        for (Diff.Segment segment : diff.segments()) {
            // A deletion sits right against the word after it (its replacement, or the text that follows a deleted
            // opening); without the marks between them, a space keeps the two words apart.
            if (color && last == Diff.Op.DELETE && startsWord(segment.text())) {
                runs.add(new Run(" ", Style.PLAIN));
            }
            runs.add(new Run(color ? segment.text() : segment.marked(), style(segment.op())));
            last = segment.op();
        }
        return runs;
    }

    private static boolean startsWord(String text) {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    private static Style style(Diff.Op op) {
        switch (op) {
            case DELETE:
                return Style.DELETED;
            case INSERT:
                return Style.INSERTED;
            default:
                return Style.PLAIN;
        }
    }
}
