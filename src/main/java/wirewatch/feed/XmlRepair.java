package wirewatch.feed;

/**
 * Removes what XML 1.0 forbids anywhere in a document (section 2.2): control characters other than tab, newline
 * and carriage return, unpaired surrogates, U+FFFE and U+FFFF, character references to any of them such as
 * {@code &#27;}, and an XML declaration that is not at the start. A terminal escape sequence goes whole, not just
 * its ESC. Feeds carry these from copy-pasted text, terminal output and templates; removing them lets the rest of
 * the feed be read.
 */
final class XmlRepair {
    private static final int MAX_REFERENCE_CHARS = 12;

    private XmlRepair() {
    }

    static String repair(String text) {
        return dropForbiddenCharacters(decodeForbiddenReferences(dropLateDeclaration(text)));
    }

    /**
     * An XML declaration is only allowed at the very start; one after a comment or stray text (feeds assembled by
     * templates) makes the whole document unreadable, and the text is already decoded, so it can go.
     */
    private static String dropLateDeclaration(String text) {
        int start = text.indexOf("<?xml", 1);
        if (start < 0 || text.startsWith("<?xml")) {
            return text;
        }
        int end = text.indexOf("?>", start);
        return end < 0 ? text : text.substring(0, start) + text.substring(end + 2);
    }

    /** {@code &#27;} becomes a raw ESC, so the sequence it starts can be recognised and removed whole. */
    private static String decodeForbiddenReferences(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int end = referenceEnd(text, i);
                int codePoint = end > 0 ? referencedCodePoint(text, i + 2, end) : 0x20;
                if (!isAllowed(codePoint)) {
                    if (codePoint >= 0 && codePoint < 0x20) {
                        out.append((char) codePoint);
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String dropForbiddenCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == TerminalText.ESC) {
                i = TerminalText.end(text, i);
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (isAllowed(c)) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** Index of the ';' closing the reference that starts at {@code amp}, or -1. */
    private static int referenceEnd(String text, int amp) {
        int limit = Math.min(text.length(), amp + MAX_REFERENCE_CHARS);
        for (int j = amp + 2; j < limit; j++) {
            if (text.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    /** The code point of {@code &#N;} or {@code &#xH;}, or -1 when the digits are not a number. */
    private static int referencedCodePoint(String text, int from, int end) {
        boolean hex = from < end && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        String digits = text.substring(hex ? from + 1 : from, end);
        try {
            return Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException notNumber) {
            return -1;
        }
    }

    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
