package wirewatch.tui;

import org.jspecify.annotations.Nullable;
import wirewatch.feed.TerminalText;

/**
 * Makes feed text safe to put on a terminal: {@link TerminalText#strip} removes escape sequences whole and drops
 * control and bidirectional characters, and line breaks and tabs become spaces. A feed could otherwise retitle the
 * window, clear the screen or hide text behind bidirectional overrides. How many cells the rest takes is
 * {@link Cells}' business.
 */
final class SafeText {
    private SafeText() {
    }

    /** The text without escape sequences and control characters; null gives the empty string. */
    static String of(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return TerminalText.strip(raw);
    }
}
