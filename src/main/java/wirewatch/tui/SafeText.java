package wirewatch.tui;

import org.jspecify.annotations.Nullable;
import wirewatch.feed.TerminalText;

/**
 * Makes feed text safe to put on a terminal: {@link TerminalText#strip} removes escape sequences whole and drops
 * control and bidirectional characters, and line breaks and tabs become spaces. A feed could otherwise retitle the
 * window, clear the screen or hide text behind bidirectional overrides. A character outside the Basic Multilingual
 * Plane becomes U+FFFD, since Lanterna draws one UTF-16 unit per cell.
 */
final class SafeText {
    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** The text without escape sequences and control characters; null gives the empty string. */
    static String of(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = TerminalText.strip(raw);
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                // A pair would be split across two cells and garbled.
                out.append(REPLACEMENT);
                i += Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
