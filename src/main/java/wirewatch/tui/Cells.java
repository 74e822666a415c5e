package wirewatch.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal cells text takes, counted per grapheme cluster (what a reader sees as one character): East
 * Asian wide characters and emoji take two, combining marks, variation selectors and joiners none, anything else
 * one. Measuring, fitting and drawing all go through here, so a line never takes more cells on the terminal than
 * the layout gave it, and a cut never falls inside a cluster.
 */
final class Cells {
    private static final char ZWJ = '\u200D';
    private static final char EMOJI_PRESENTATION = '\uFE0F';
    private static final char REPLACEMENT = '\uFFFD';

    private Cells() {
    }

    /** The text's grapheme clusters, in order. */
    static List<String> clusters(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getCharacterInstance();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String cluster = text.substring(start, end);
            int last = out.size() - 1;
            if (last >= 0 && joins(out.get(last), cluster)) {
                out.set(last, out.get(last) + cluster);
            } else {
                out.add(cluster);
            }
        }
        return out;
    }

    /**
     * Whether a cluster continues the one before: emoji joined by a zero-width joiner, a skin tone, or the second
     * of a flag's two regional indicators. Java's BreakIterator splits these before Java 20.
     */
    private static boolean joins(String before, String next) {
        int first = next.codePointAt(0);
        return before.charAt(before.length() - 1) == ZWJ || first == ZWJ
                || first >= 0x1F3FB && first <= 0x1F3FF
                || isRegional(first) && before.codePointCount(0, before.length()) == 1
                && isRegional(before.codePointAt(0));
    }

    private static boolean isRegional(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    /** The cells one cluster takes: 0, 1 or 2. */
    static int of(String cluster) {
        int first = cluster.codePointAt(0);
        if (cluster.indexOf(EMOJI_PRESENTATION) >= 0 || cluster.indexOf(ZWJ) > 0 || isWideSupplementary(first)) {
            return 2;
        }
        if (isZeroWidth(first)) {
            return 0;
        }
        return Character.isBmpCodePoint(first) && TerminalTextUtils.isCharDoubleWidth((char) first) ? 2 : 1;
    }

    /** Emoji, symbols and the CJK ideographs beyond the Basic Multilingual Plane. */
    private static boolean isWideSupplementary(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF || codePoint >= 0x20000 && codePoint <= 0x3FFFD;
    }

    private static boolean isZeroWidth(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    /** The cells the whole text takes. */
    static int width(String text) {
        int total = 0;
        for (String cluster : clusters(text)) {
            total += of(cluster);
        }
        return total;
    }

    /**
     * The longest prefix of the text that fits {@code width} cells, ending in "…" when cut if asked. Without an
     * ellipsis, a first cluster wider than the room is still given, so that wrapping always moves on.
     */
    static String fit(String text, int width, boolean ellipsis) {
        if (width <= 0) {
            return "";
        }
        if (width(text) <= width) {
            return text;
        }
        int room = ellipsis ? width - 1 : width;
        int used = 0;
        int end = 0;
        for (String cluster : clusters(text)) {
            int w = of(cluster);
            if (used + w > room && !(end == 0 && !ellipsis)) {
                break;
            }
            used += w;
            end += cluster.length();
        }
        return text.substring(0, end) + (ellipsis ? "…" : "");
    }

    /**
     * What to hand Lanterna for a cluster of width 1 or 2 so that it takes the same cells on its screen as it was
     * measured to: Lanterna counts every cluster of more than one UTF-16 unit as two cells, so a letter with a
     * combining accent is composed (or, when there is no composed form, drawn without its marks; Thai excepted), and a narrow
     * character beyond the Basic Multilingual Plane is drawn as U+FFFD.
     */
    static String drawable(String cluster, int width) {
        char first = cluster.charAt(0);
        if (width == 2 || cluster.length() == 1 && !Character.isSurrogate(first)
                || TerminalTextUtils.isCharThai(first)) {
            // Lanterna keeps a Thai letter and its vowel marks in one cell.
            return cluster;
        }
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        if (composed.length() == 1 && !Character.isSurrogate(composed.charAt(0))) {
            return composed;
        }
        char base = composed.charAt(0);
        return Character.isSurrogate(base) ? String.valueOf(REPLACEMENT) : String.valueOf(base);
    }
}
