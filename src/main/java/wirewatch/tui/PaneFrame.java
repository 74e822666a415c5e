package wirewatch.tui;

import java.util.List;

/** A pane's title row, marked when the pane has the keyboard; the rest of the pane is its inside. */
final class PaneFrame {
    private PaneFrame() {
    }

    /** Draws the title and returns the rows below it. */
    static Rect draw(Canvas canvas, Rect pane, String title, boolean focused) {
        if (pane.height() == 0) {
            return pane;
        }
        Run marker = focused ? Run.of("▶ ", Style.HEADER) : Run.of("  ", Style.DIM);
        Run name = Run.of(title, focused ? Style.HEADER : Style.DIM);
        Run rule = Run.of(" " + "─".repeat(Math.max(0, pane.width())), Style.DIM);
        canvas.line(pane, 0, List.of(marker, name, rule), false);
        return pane.below(1);
    }

    /** A vertical rule in the column just right of the pane. */
    static void rightRule(Canvas canvas, Rect pane) {
        Rect rule = new Rect(pane.right(), pane.row(), 1, pane.height());
        for (int r = 0; r < pane.height(); r++) {
            canvas.line(rule, r, List.of(Run.of("│", Style.DIM)), false);
        }
    }
}
