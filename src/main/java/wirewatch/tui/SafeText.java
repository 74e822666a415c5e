package wirewatch.tui;

import org.jspecify.annotations.Nullable;

/**
 * Makes feed text safe to put on a terminal: escape sequences (CSI, OSC, DCS and the rest, in their 7-bit and C1
 * forms) are removed whole, other control characters are dropped, and line breaks and tabs become spaces. A feed
 * could otherwise retitle the window, clear the screen or hide text behind bidirectional overrides.
 */
final class SafeText {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** The text without escape sequences and control characters; null gives the empty string. */
    static String of(@Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ESC) {
                i = skipEscape(raw, i + 1);
            } else if (c >= 0x80 && c <= 0x9F) {
                i = skipC1(raw, c, i + 1);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
                i++;
            } else if (c < 0x20 || c == 0x7F || isInvisibleFormat(c)) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // Lanterna draws one UTF-16 unit per cell: a pair would be split across two cells and garbled.
                out.append(REPLACEMENT);
                i += Character.isHighSurrogate(c) && i + 1 < raw.length()
                        && Character.isLowSurrogate(raw.charAt(i + 1)) ? 2 : 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Bidirectional overrides and isolates reorder what follows them on screen, so they are dropped. */
    private static boolean isInvisibleFormat(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    /** Skips the escape sequence whose introducer follows ESC at {@code i}; returns the index after it. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char kind = s.charAt(i);
        switch (kind) {
            case '[':
                return skipCsi(s, i + 1);
            case ']':
            case 'P':
            case 'X':
            case '^':
            case '_':
                return skipString(s, i + 1);
            default:
                // Two-character sequences (ESC c, ESC 7) and charset selections (ESC ( B) take one or two more.
                if (kind >= 0x20 && kind <= 0x2F && i + 1 < s.length()) {
                    return i + 2;
                }
                return i + 1;
        }
    }

    private static int skipC1(String s, char c, int i) {
        if (c == 0x9B) {
            return skipCsi(s, i);
        }
        if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) {
            return skipString(s, i);
        }
        return i;
    }

    /** A control sequence ends at its final byte, 0x40 to 0x7E. */
    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c >= 0x40 && c <= 0x7E) {
                return i;
            }
        }
        return i;
    }

    /** A string sequence (OSC, DCS, ...) ends at BEL, ST (ESC backslash) or the C1 ST; unterminated, at the end. */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == BEL || c == 0x9C) {
                return i;
            }
            if (c == ESC) {
                return i < s.length() && s.charAt(i) == '\\' ? i + 1 : i;
            }
        }
        return i;
    }
}
