package wirewatch.statement;

import java.util.Locale;

/**
 * Tells whether one quote's words appear, in order and together, inside another's: a partial quote an article
 * lifts from its own paraphrase ({@code awaiting “detailed information” from Washington}). Case, punctuation and
 * spacing are ignored.
 */
final class Excerpts {
    private Excerpts() {
    }

    /** True when {@code part} has at least one word and its words run inside {@code whole}. */
    static boolean holds(String whole, String part) {
        String p = words(part);
        return !p.isBlank() && words(whole).contains(p);
    }

    /** The text's words, lower-cased, each followed by one space and the whole led by one. */
    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                inWord = true;
            } else if (inWord) {
                out.append(' ');
                inWord = false;
            }
        }
        if (inWord) {
            out.append(' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
