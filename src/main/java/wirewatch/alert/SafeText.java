package wirewatch.alert;

import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;

/**
 * Makes feed text safe to hand a hook in one environment variable: terminal escape sequences, control characters
 * and bidirectional controls are removed ({@link TerminalText#strip}), line breaks and tabs become spaces, runs of
 * white space shrink to one ({@link TextCleaner#line}), and the result is capped. A hook that echoes
 * {@code $WIREWATCH_TITLE} to a terminal then cannot move the cursor, retitle the window or forge a second line,
 * and a huge value cannot make {@code exec} fail (Linux refuses any one variable over 128 KiB).
 */
final class SafeText {
    /** Far above any real title or URL, far below the kernel's limit per variable. */
    static final int MAX_CHARS = 4096;

    private SafeText() {
    }

    /** The text on one line, without escape sequences or control characters, at most {@link #MAX_CHARS} long. */
    static String line(String text) {
        String flat = TextCleaner.line(TerminalText.strip(text));
        if (flat.length() <= MAX_CHARS) {
            return flat;
        }
        int end = Character.isHighSurrogate(flat.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return flat.substring(0, end).strip() + "…";
    }
}
