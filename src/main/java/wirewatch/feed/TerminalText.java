package wirewatch.feed;

/**
 * The one scanner for what a terminal would act on instead of showing, with the policies built on it.
 *
 * <p>It finds the extent of terminal escape sequences (ECMA-48): CSI {@code ESC [ …}, the string sequences OSC,
 * DCS, SOS, PM and APC ending in BEL or ST, two- and three-character escapes such as {@code ESC ( B}, and their
 * 8-bit C1 forms. A sequence never extends over {@code <} or a line break, so a stray introducer in markup or prose
 * cannot swallow what follows it. It also names the single characters that must not reach a terminal raw: C0 and
 * C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates (U+200E, U+200F,
 * U+202A to U+202E, U+2066 to U+2069), which reorder what a terminal shows after them.
 *
 * <p>Policies: {@link #strip} for text shown to a person (sequences and unsafe characters dropped),
 * {@link #escapeInJson} for JSON lines (unsafe characters kept as <code>&#92;uXXXX</code>); {@link TextCleaner}
 * cleans feed text with the same scanner. All pure and thread-safe.
 */
public final class TerminalText {
    static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char C1_DCS = 0x90;
    private static final char C1_SOS = 0x98;
    private static final char C1_CSI = 0x9B;
    private static final char C1_ST = 0x9C;
    private static final char C1_OSC = 0x9D;
    private static final char C1_PM = 0x9E;
    private static final char C1_APC = 0x9F;

    private TerminalText() {
    }

    /**
     * The text as a terminal may show it: escape sequences removed whole, line breaks and tabs (and VT, FF, NEL)
     * turned into spaces, other controls and bidirectional controls dropped. Spacing is kept, so aligned columns
     * stay aligned.
     */
    public static String strip(String text) {
        if (isSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isIntroducer(c)) {
                i = end(text, i);
                continue;
            }
            i++;
            if (isBreakOrTab(c)) {
                out.append(' ');
            } else if (!isUnsafe(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A JSON text with every C1 control, DEL and bidirectional control inside it written as a <code>&#92;uXXXX</code>
     * escape: the same data to a JSON reader, nothing for a terminal to act on. JSON writers escape C0 controls
     * already, and outside strings only whitespace may appear, so C0 is left as it is.
     */
    public static String escapeInJson(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c >= 0x7F && isUnsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }

    /** Line feed, carriage return, tab, vertical tab, form feed and next line (NEL): all shown as a space. */
    private static boolean isBreakOrTab(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85;
    }

    /** A control character (C0, DEL, C1) or a bidirectional control: never sent to a terminal raw. */
    public static boolean isUnsafe(char c) {
        return isControl(c) || isBidiControl(c);
    }

    /** A C0 control, DEL or a C1 control. */
    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    /** The bidirectional marks, embeddings, overrides and isolates, which reorder the text after them. */
    static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sequence starts with this character. */
    static boolean isIntroducer(char c) {
        return c == ESC || c == C1_CSI || c == C1_OSC || c == C1_DCS || c == C1_SOS || c == C1_PM || c == C1_APC;
    }

    /** The index just past the sequence whose introducer is at {@code start}. */
    static int end(CharSequence text, int start) {
        char c = text.charAt(start);
        if (c == C1_CSI) {
            return controlSequenceEnd(text, start + 1);
        }
        if (c != ESC) {
            return controlStringEnd(text, start + 1);
        }
        int i = start + 1;
        if (i >= text.length()) {
            return i;
        }
        char kind = text.charAt(i);
        if (kind == '[') {
            return controlSequenceEnd(text, i + 1);
        }
        if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
            return controlStringEnd(text, i + 1);
        }
        // Other escapes (ESC 7, ESC ( B, ...): intermediates 0x20-0x2F, then one final byte 0x30-0x7E.
        while (i < text.length() && inRange(text.charAt(i), 0x20, 0x2F)) {
            i++;
        }
        return i < text.length() && inRange(text.charAt(i), 0x30, 0x7E) && text.charAt(i) != '<' ? i + 1 : i;
    }

    /**
     * CSI: parameter bytes 0x30-0x3F, then intermediate bytes 0x20-0x2F, then one final byte 0x40-0x7E (ECMA-48 5.4).
     * A parameter byte after an intermediate makes the sequence malformed, and a terminal ignores it up to its final
     * byte (the "CSI ignore" state of DEC's parser): so one loop over 0x20-0x3F gives the extent of both. Any other
     * byte ends the sequence unfinished, and is then text or a control of its own.
     */
    private static int controlSequenceEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && inRange(text.charAt(i), 0x20, 0x3F) && text.charAt(i) != '<') {
            i++;
        }
        return i < text.length() && inRange(text.charAt(i), 0x40, 0x7E) ? i + 1 : i;
    }

    /** OSC, DCS, SOS, PM, APC: everything up to BEL or ST ({@code ESC \} or C1 0x9C). */
    private static int controlStringEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            if (c == '\n' || c == '\r' || c == '<') {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean inRange(char c, int low, int high) {
        return c >= low && c <= high;
    }
}
