package wirewatch.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.Optional;

/** Reads a virtual terminal back as the user would see it. */
public final class ScreenText {
    private ScreenText() {
    }

    static String line(DefaultVirtualTerminal terminal, int row) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            text.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return text.toString();
    }

    /** The row as the user reads it: a wide character once, though it covers two cells. */
    static String shown(DefaultVirtualTerminal terminal, int row) {
        StringBuilder text = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int col = 0; col < columns; col++) {
            TextCharacter cell = terminal.getCharacter(col, row);
            text.append(cell.getCharacterString());
            if (cell.isDoubleWidth()) {
                col++;
            }
        }
        return text.toString();
    }

    public static String all(DefaultVirtualTerminal terminal) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            text.append(line(terminal, row)).append('\n');
        }
        return text.toString();
    }

    /** The first cell of the first place the text appears, as {col, row}. */
    static Optional<int[]> find(DefaultVirtualTerminal terminal, String text) {
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            int col = line(terminal, row).indexOf(text);
            if (col >= 0) {
                return Optional.of(new int[] {col, row});
            }
        }
        return Optional.empty();
    }

    static TextCharacter at(DefaultVirtualTerminal terminal, int[] place, int offset) {
        return terminal.getCharacter(place[0] + offset, place[1]);
    }

    /** The row the text first appears on, or -1. */
    static int rowOf(DefaultVirtualTerminal terminal, String text) {
        return find(terminal, text).map(p -> p[1]).orElse(-1);
    }
}
