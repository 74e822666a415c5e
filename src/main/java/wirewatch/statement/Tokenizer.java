package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into words and punctuation with char offsets. A word keeps inner apostrophes
 * ({@code Kyiv’s}, {@code don't}), hyphens ({@code long-term}), abbreviation stops ({@code U.S.}) and number
 * separators ({@code 1,100}, {@code 3:30}); everything else is one punctuation token per char, and whitespace is dropped.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                out.add(word(text, i, end));
                i = end;
            } else {
                out.add(new Token(i, i + 1, String.valueOf(c), String.valueOf(c), false, false));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        boolean dotted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (joins(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                if ((c == ',' || c == ':') && !(Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1)))) {
                    break;
                }
                if (c == '.' && !(Character.isDigit(text.charAt(i + 1)) || isInitialism(text, start, i))) {
                    break;
                }
                dotted |= c == '.';
                i += 2;
            } else {
                break;
            }
        }
        // "U.S." keeps its last stop; "Mr." too, so neither ends a sentence; so does the initial of "Kevin D. Lee".
        boolean initial = i == start + 1 && Character.isUpperCase(text.charAt(start)) && i + 2 < n
                && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2)) && opensInitial(text, start);
        if (i < n && text.charAt(i) == '.' && (dotted || initial || Lexicon.ABBREVIATIONS.contains(
                Lexicon.key(text.substring(start, i))) && Character.isUpperCase(text.charAt(start)))) {
            i++;
        }
        return i;
    }

    /**
     * A capital letter can open a name as its initial ("J. Gerald Hebert") at the start of a line, or after a space
     * that follows anything but the stop of a sentence.
     */
    private static boolean opensInitial(String text, int start) {
        if (start == 0 || text.charAt(start - 1) == '\n') {
            return true;
        }
        if (text.charAt(start - 1) != ' ' || start < 2) {
            return false;
        }
        char before = text.charAt(start - 2);
        return before != '.' && before != '?' && before != '!' && before != '\u2026';
    }

    private static boolean joins(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2011' || c == '.' || c == ',' || c == ':';
    }

    /** True for a single letter before a stop followed by one letter: the "U.S" of "U.S." or of "R-S.C.". */
    private static boolean isInitialism(String text, int start, int dot) {
        int letters = 0;
        for (int k = dot - 1; k >= start && text.charAt(k) != '.' && text.charAt(k) != '-'; k--) {
            letters++;
        }
        return letters == 1 && (dot + 2 >= text.length() || !Character.isLetter(text.charAt(dot + 2)));
    }

    private static Token word(String text, int start, int end) {
        String surface = text.substring(start, end);
        String key = Lexicon.key(surface);
        boolean possessive = false;
        if (key.endsWith("'s") && key.length() > 2) {
            key = key.substring(0, key.length() - 2);
            possessive = true;
        } else if (key.endsWith("s'") && key.length() > 2) {
            key = key.substring(0, key.length() - 1);
            possessive = true;
        }
        return new Token(start, end, surface, key, true, possessive);
    }
}
