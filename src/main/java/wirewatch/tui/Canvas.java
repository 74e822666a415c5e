package wirewatch.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import java.util.List;

/**
 * Draws styled runs into the back buffer of the screen, clipped to a rectangle. Every character reaching the
 * screen passes through here, already made safe by {@link Run}, one grapheme cluster per one or two cells
 * ({@link Cells}).
 */
final class Canvas {
    private final Screen screen;
    private final Palette palette;

    Canvas(Screen screen, Palette palette) {
        this.screen = screen;
        this.palette = palette;
    }

    Palette palette() {
        return palette;
    }

    void clear(Rect area) {
        for (int r = area.row(); r < area.bottom(); r++) {
            fill(area.col(), r, area.right(), Style.PLAIN, false);
        }
    }

    /** Draws one line of runs in row {@code row} of the area, filling the rest of the row. */
    void line(Rect area, int row, List<Run> runs, boolean selected) {
        if (row < 0 || row >= area.height()) {
            return;
        }
        int y = area.row() + row;
        int x = area.col();
        for (Run run : runs) {
            x = put(x, y, area.right(), run.text(), run.style(), selected);
        }
        fill(x, y, area.right(), Style.PLAIN, selected);
    }

    void text(int col, int row, String text, Style style) {
        put(col, row, screen.getTerminalSize().getColumns(), SafeText.of(text), style, false);
    }

    /** Draws a framed box with a title and clears its inside; returns the inside. */
    Rect box(Rect area, String title) {
        clear(area);
        for (int c = area.col(); c < area.right(); c++) {
            screen.setCharacter(c, area.row(), palette.paint('─', Style.HEADER, false));
            screen.setCharacter(c, area.bottom() - 1, palette.paint('─', Style.HEADER, false));
        }
        for (int r = area.row(); r < area.bottom(); r++) {
            screen.setCharacter(area.col(), r, palette.paint('│', Style.HEADER, false));
            screen.setCharacter(area.right() - 1, r, palette.paint('│', Style.HEADER, false));
        }
        screen.setCharacter(area.col(), area.row(), palette.paint('┌', Style.HEADER, false));
        screen.setCharacter(area.right() - 1, area.row(), palette.paint('┐', Style.HEADER, false));
        screen.setCharacter(area.col(), area.bottom() - 1, palette.paint('└', Style.HEADER, false));
        screen.setCharacter(area.right() - 1, area.bottom() - 1, palette.paint('┘', Style.HEADER, false));
        put(area.col() + 2, area.row(), area.right() - 2, " " + title + " ", Style.HEADER, false);
        return new Rect(area.col() + 2, area.row() + 1, Math.max(0, area.width() - 4),
                Math.max(0, area.height() - 2));
    }

    private int put(int x, int y, int limit, String text, Style style, boolean selected) {
        for (String cluster : Cells.clusters(text)) {
            int width = Cells.of(cluster);
            if (x >= limit) {
                break;
            }
            if (width == 0) {
                continue;
            }
            if (x + width > limit) {
                // Half a wide character cannot be drawn: the last cell stays blank.
                screen.setCharacter(x, y, palette.paint(" ", style, selected));
                return limit;
            }
            screen.setCharacter(x, y, palette.paint(Cells.drawable(cluster, width), style, selected));
            x += width;
        }
        return x;
    }

    private void fill(int from, int y, int to, Style style, boolean selected) {
        TextCharacter blank = palette.paint(" ", style, selected);
        for (int x = from; x < to; x++) {
            screen.setCharacter(x, y, blank);
        }
    }
}
