package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's text analysed for extraction: tokens, top-level quotations, paragraphs (lines) and sentences. A
 * sentence never ends inside a quotation, so a quoted passage of several sentences stays with its attribution.
 */
final class Text {
    final String s;
    final List<Token> tokens;
    final List<QuoteSpan> quotes;
    /** For each token, the index of the quotation it lies in, or -1. */
    final int[] quoteOf;
    /** For each token, the index of its sentence. */
    final int[] sentenceOf;
    /** Sentence i covers tokens [sentenceStart[i], sentenceStart[i+1]). */
    final int[] sentenceStart;
    /** For each token, the index of its paragraph. */
    final int[] paragraphOf;

    private Text(String s) {
        this.s = s;
        this.tokens = Tokenizer.tokenize(s);
        this.quotes = QuoteFinder.find(s);
        int n = tokens.size();
        quoteOf = new int[n];
        sentenceOf = new int[n];
        paragraphOf = new int[n];
        int q = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            while (q < quotes.size() && quotes.get(q).close() <= t.start()) {
                q++;
            }
            quoteOf[i] = q < quotes.size() && quotes.get(q).contains(t.start()) ? q : -1;
        }
        sentenceStart = sentences();
    }

    static Text of(String s) {
        return new Text(s);
    }

    int sentenceCount() {
        return sentenceStart.length - 1;
    }

    int sentenceBegin(int sentence) {
        return sentenceStart[sentence];
    }

    int sentenceEnd(int sentence) {
        return sentenceStart[sentence + 1];
    }

    boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }

    /** Index of the first token starting at or after the char offset. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] sentences() {
        int n = tokens.size();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int paragraph = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && newlineBetween(tokens.get(i - 1).end(), tokens.get(i).start())) {
                paragraph++;
                if (starts.get(starts.size() - 1) != i) {
                    starts.add(i);
                }
            }
            paragraphOf[i] = paragraph;
            if (i > 0 && endsSentenceBefore(i) && starts.get(starts.size() - 1) != i) {
                starts.add(i);
            }
            sentenceOf[i] = starts.size() - 1;
        }
        starts.add(n);
        int[] out = new int[starts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = starts.get(k);
        }
        return out;
    }

    private boolean newlineBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** True when token i opens a new sentence after a full stop, question or exclamation mark. */
    private boolean endsSentenceBefore(int i) {
        Token t = tokens.get(i);
        if (!(t.isCapitalised() || isOpeningMark(i) || t.word() && Character.isDigit(t.text().charAt(0)))) {
            return false;
        }
        int j = i - 1;
        Token prev = tokens.get(j);
        boolean closingMark = false;
        while (!prev.word() && isClosingMark(j)) {
            closingMark = true;
            j--;
            if (j < 0) {
                return false;
            }
            prev = tokens.get(j);
        }
        if (prev.word()) {
            // "U.S." at the end of a sentence: only a following capitalised word that is no name can tell.
            String abbreviation = prev.key().substring(0, prev.key().length() - 1);
            return prev.text().endsWith(".") && prev.text().length() > 2 && !inQuote(i - 1)
                    && !t.isCapitalised() && !closingMark && !Lexicon.ABBREVIATIONS.contains(abbreviation);
        }
        char c = prev.text().charAt(0);
        if (closingMark) {
            return c == '.';
        }
        if (c != '.' && c != '?' && c != '!' && c != '\u2026') {
            return false;
        }
        return !inQuote(j);
    }

    private boolean isOpeningMark(int i) {
        int q = quoteOf[i];
        return q >= 0 && quotes.get(q).open() == tokens.get(i).start();
    }

    private boolean isClosingMark(int i) {
        int q = quoteOf[i];
        if (q < 0) {
            return false;
        }
        QuoteSpan quote = quotes.get(q);
        return tokens.get(i).start() >= quote.contentEnd() && quote.close() != quote.contentEnd();
    }
}
