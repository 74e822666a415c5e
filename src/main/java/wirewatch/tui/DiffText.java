package wirewatch.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Shows a word diff as runs: in colour, deletions and insertions get their own styles; without colour, they are
 * wrapped in {@code [-…-]} and {@code {+…+}} so the change stays readable on a monochrome terminal.
 */
final class DiffText {
    private DiffText() {
    }

    static List<Run> runs(List<Segment> segments, boolean color) {
        List<Run> runs = new ArrayList<>();
        for (Segment segment : segments) {
            switch (segment.op()) {
                case DELETE:
                    runs.add(new Run(color ? segment.text() : "[-" + segment.text() + "-]", Style.DELETED));
                    break;
                case INSERT:
                    runs.add(new Run(color ? segment.text() : "{+" + segment.text() + "+}", Style.INSERTED));
                    break;
                default:
                    runs.add(new Run(segment.text(), Style.PLAIN));
            }
        }
        return runs;
    }
}
