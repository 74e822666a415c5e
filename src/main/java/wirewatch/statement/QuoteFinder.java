package wirewatch.statement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds quotations: “curly”, "straight", ‘single’, 'straight single', «guillemets», ‹single guillemets› and „low“
 * marks, and the doubled apostrophe {@code ''…''} that typewriter-era archives write for a double mark. Marks nest
 * (a single quote inside a double one belongs to it); an apostrophe is not a mark; a quote left open at the end of a
 * paragraph continues when the next paragraph opens with a mark, as news style writes multi-paragraph quotes, and
 * otherwise ends with its paragraph.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    /** Stands for the two-char mark {@code ''} on the stack of open marks. */
    private static final char DOUBLED = '\uE000';

    private record Open(char mark, int at) {
        int width() {
            return mark == DOUBLED ? 2 : 1;
        }
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int n = text.length();
        int outerStart = -1;
        int paragraphs = 1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (!stack.isEmpty()) {
                    Open outer = stack.peekLast();
                    if (next < n && continues(outer.mark(), markAt(text, next, stack))) {
                        stack.clear();
                        stack.push(outer);
                        paragraphs++;
                        i = next + (outer.mark() == DOUBLED ? 2 : 1);
                        continue;
                    }
                    int end = trimEnd(text, i);
                    if (end > outer.at() + outer.width()) {
                        out.add(new QuoteSpan(outer.at(), end, outer.at() + outer.width(), end, paragraphs));
                    }
                    stack.clear();
                }
                paragraphs = 1;
                i = next;
                continue;
            }
            char mark = markAt(text, i, stack);
            int width = mark == DOUBLED ? 2 : 1;
            if (closes(text, i, mark, width, stack)) {
                Open opener = popTo(stack, mark);
                int contentStart = opener.at() + opener.width();
                if (stack.isEmpty() && i > contentStart) {
                    out.add(new QuoteSpan(opener.at(), i + width, contentStart, i, paragraphs));
                    paragraphs = 1;
                }
            } else if (opens(text, i, mark, width)) {
                stack.push(new Open(mark, i));
            } else {
                width = 1;
            }
            i += width;
        }
        if (!stack.isEmpty()) {
            Open outer = stack.peekLast();
            int end = trimEnd(text, n);
            if (end > outer.at() + outer.width()) {
                out.add(new QuoteSpan(outer.at(), end, outer.at() + outer.width(), end, paragraphs));
            }
        }
        return out;
    }

    private static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * The mark at {@code i}: {@link #DOUBLED} for {@code ''}, unless its first apostrophe closes an open single quote
     * and a third follows ({@code …one of us,'''}).
     */
    private static char markAt(String text, int i, Deque<Open> stack) {
        char c = text.charAt(i);
        if (c != '\'' || i + 1 >= text.length() || text.charAt(i + 1) != '\'') {
            return c;
        }
        boolean singleOpen = !stack.isEmpty() && stack.peek().mark() == '\'';
        boolean third = i + 2 < text.length() && text.charAt(i + 2) == '\'';
        return singleOpen && third ? c : DOUBLED;
    }

    private static boolean continues(char mark, char next) {
        return next == mark || (mark == '\u201C' || mark == '"') && (next == '\u201C' || next == '"')
                || mark == '\u201E' && next == '\u201E';
    }

    private static char closerOf(char open) {
        switch (open) {
            case '\u201C': return '\u201D';
            case '\u201E': return '\u201C';
            case '\u2018': return '\u2019';
            case '\u00AB': return '\u00BB';
            case '\u2039': return '\u203A';
            default: return open;
        }
    }

    private static boolean closes(String text, int i, char c, int width, Deque<Open> stack) {
        boolean matches = false;
        for (Open open : stack) {
            if (pairs(open.mark(), c)) {
                matches = true;
                break;
            }
        }
        if (!matches) {
            return false;
        }
        if (c == '\'' || c == '\u2019' || c == '"' || c == DOUBLED || c == '\u201C' && isDouble(stack.peek().mark())) {
            // A closing mark follows a word or punctuation and is not followed by a letter: "Kyiv’s" is an apostrophe.
            boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean beforeLetter = i + width < text.length() && Character.isLetter(text.charAt(i + width));
            return !afterSpace && !beforeLetter;
        }
        return true;
    }

    /**
     * True when {@code closer} ends a quotation opened by {@code open}. Double marks pair with any double mark, as
     * typed text mixes them ({@code “It’s unusual,“}, {@code “question"}); single marks pair only with their own.
     */
    private static boolean pairs(char open, char closer) {
        return closerOf(open) == closer || isDouble(open) && isDouble(closer) && closer != '\u201E';
    }

    private static boolean isDouble(char mark) {
        return mark == '\u201C' || mark == '\u201D' || mark == '"' || mark == '\u201E' || mark == DOUBLED;
    }

    private static Open popTo(Deque<Open> stack, char closer) {
        while (true) {
            Open top = stack.pop();
            if (pairs(top.mark(), closer) || stack.isEmpty()) {
                return top;
            }
        }
    }

    private static boolean opens(String text, int i, char c, int width) {
        switch (c) {
            case DOUBLED:
                return boundaryBefore(text, i) && i + width < text.length()
                        && !Character.isWhitespace(text.charAt(i + width));
            case '\u201C': case '\u201E': case '\u00AB': case '\u2039':
                return true;
            case '\u2018':
                return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                        && !Character.isDigit(text.charAt(i + 1));
            case '"':
                return boundaryBefore(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            case '\'':
                return boundaryBefore(text, i) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            default:
                return false;
        }
    }

    private static boolean boundaryBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{\u2014\u2013-/\u201C\u2018\u00AB:".indexOf(p) >= 0;
    }
}
