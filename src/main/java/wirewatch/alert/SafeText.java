package wirewatch.alert;

/**
 * Makes feed text safe to hand a hook in one environment variable: terminal escape sequences and control characters
 * are removed, line breaks and tabs become spaces, runs of white space shrink to one, and the result is capped. A
 * hook that echoes {@code $WIREWATCH_TITLE} to a terminal then cannot move the cursor, retitle the window or forge a
 * second line, and a huge value cannot make {@code exec} fail (Linux refuses any one variable over 128 KiB).
 */
final class SafeText {
    /** Far above any real title or URL, far below the kernel's limit per variable. */
    static final int MAX_CHARS = 4096;

    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char CSI = 0x9B;
    private static final char OSC = 0x9D;
    private static final char ST = 0x9C;

    private SafeText() {
    }

    /** The text on one line, without escape sequences or control characters, at most {@link #MAX_CHARS} long. */
    static String line(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS));
        int i = 0;
        while (i < text.length() && out.length() < MAX_CHARS) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = afterEscape(text, i + 1);
            } else if (c == CSI) {
                i = afterControlSequence(text, i + 1);
            } else if (isStringIntroducer(c)) {
                i = afterControlString(text, i + 1);
            } else {
                appendPlain(out, c);
                i++;
            }
        }
        if (i < text.length() && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        String flat = out.toString().strip();
        return i < text.length() ? flat + "…" : flat;
    }

    private static void appendPlain(StringBuilder out, char c) {
        if (isLineBreakOrSpace(c)) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        } else if (!isInvisibleControl(c)) {
            out.append(c);
        }
    }

    /** After ESC: a CSI ({@code ESC [}), a control string ({@code ESC ]}, {@code ESC P}, ...) or a short sequence. */
    private static int afterEscape(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        char next = text.charAt(i);
        if (next == '[') {
            return afterControlSequence(text, i + 1);
        }
        if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
            return afterControlString(text, i + 1);
        }
        // nF sequences: intermediate bytes 0x20-0x2F, then one final byte.
        int j = i;
        while (j < text.length() && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x2F) {
            j++;
        }
        return Math.min(j + 1, text.length());
    }

    /** Parameter and intermediate bytes up to and including the final byte 0x40-0x7E, as a terminal reads them. */
    private static int afterControlSequence(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x3F) {
            j++;
        }
        while (j < text.length() && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x2F) {
            j++;
        }
        if (j < text.length() && text.charAt(j) >= 0x40 && text.charAt(j) <= 0x7E) {
            j++;
        }
        return j;
    }

    /** Up to and including BEL, ST or {@code ESC \}; an unterminated string swallows the rest, as on a terminal. */
    private static int afterControlString(String text, int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == BEL || c == ST) {
                return j + 1;
            }
            if (c == ESC) {
                return j + 1 < text.length() && text.charAt(j + 1) == '\\' ? j + 2 : j + 1;
            }
            j++;
        }
        return j;
    }

    private static boolean isStringIntroducer(char c) {
        return c == OSC || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F;
    }

    private static boolean isLineBreakOrSpace(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85 || c == ' '
                || c == '\u2028' || c == '\u2029';
    }

    /** C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what a terminal shows. */
    private static boolean isInvisibleControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
