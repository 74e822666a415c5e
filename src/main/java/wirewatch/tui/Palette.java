package wirewatch.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * Turns styles into terminal attributes. In colour, matched terms are yellow, deletions red and crossed out,
 * insertions green; without colour ({@code NO_COLOR}, monochrome terminals) only bold, underline and reverse are
 * used, and diffs carry {@code [-…-]{+…+}} markers in their text instead.
 */
final class Palette {
    private final boolean color;

    Palette(boolean color) {
        this.color = color;
    }

    boolean isColor() {
        return color;
    }

    TextCharacter paint(char c, Style style, boolean selected) {
        return paint(String.valueOf(c), style, selected);
    }

    /** One grapheme cluster, as {@link Cells#drawable} gives it, in the style. */
    TextCharacter paint(String cluster, Style style, boolean selected) {
        EnumSet<SGR> sgr = modifiers(style);
        if (selected) {
            sgr.add(SGR.REVERSE);
        }
        return TextCharacter.fromString(cluster, foreground(style), TextColor.ANSI.DEFAULT, sgr)[0];
    }

    private TextColor foreground(Style style) {
        if (!color) {
            return TextColor.ANSI.DEFAULT;
        }
        switch (style) {
            case DIM:
                return TextColor.ANSI.BLACK_BRIGHT;
            case HEADER:
            case NEW_STATEMENTS:
                return TextColor.ANSI.CYAN;
            case TERM:
            case KEY:
                return TextColor.ANSI.YELLOW;
            case DELETED:
            case ERROR:
                return TextColor.ANSI.RED;
            case INSERTED:
            case UNSEEN:
                return TextColor.ANSI.GREEN;
            case REVISED:
                return TextColor.ANSI.MAGENTA;
            default:
                return TextColor.ANSI.DEFAULT;
        }
    }

    private EnumSet<SGR> modifiers(Style style) {
        switch (style) {
            case STRONG:
            case HEADER:
            case UNSEEN:
            case REVISED:
            case NEW_STATEMENTS:
            case ERROR:
            case KEY:
                return EnumSet.of(SGR.BOLD);
            case TERM:
                return color ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.BOLD, SGR.UNDERLINE);
            case DELETED:
                return color ? EnumSet.of(SGR.CROSSED_OUT) : EnumSet.noneOf(SGR.class);
            case INSERTED:
                return color ? EnumSet.of(SGR.BOLD) : EnumSet.noneOf(SGR.class);
            default:
                return EnumSet.noneOf(SGR.class);
        }
    }
}
