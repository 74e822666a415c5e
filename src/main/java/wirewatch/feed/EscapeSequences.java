package wirewatch.feed;

/**
 * Finds the extent of terminal escape sequences (ECMA-48): CSI {@code ESC [ …}, the string sequences OSC, DCS, SOS,
 * PM and APC ending in BEL or ST, two- and three-character escapes such as {@code ESC ( B}, and their 8-bit C1
 * forms. A sequence never extends over {@code <} or a line break, so a stray introducer in markup or prose cannot
 * swallow what follows it.
 */
final class EscapeSequences {
    static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char C1_DCS = 0x90;
    private static final char C1_SOS = 0x98;
    private static final char C1_CSI = 0x9B;
    private static final char C1_ST = 0x9C;
    private static final char C1_OSC = 0x9D;
    private static final char C1_PM = 0x9E;
    private static final char C1_APC = 0x9F;

    private EscapeSequences() {
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

    /** CSI: parameter and intermediate bytes 0x20-0x3F, then one final byte 0x40-0x7E (ECMA-48 5.4). */
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
