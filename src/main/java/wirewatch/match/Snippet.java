package wirewatch.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the passage of an article where the matched terms meet: the window of {@value #WORDS} whole words that
 * holds the most distinct matched terms, and of those the tightest, with the terms centred. Whitespace (newlines
 * too) becomes single spaces, and {@code …} shows where the passage was cut.
 */
record Snippet(String text, List<Span> marks) {
    static final int WORDS = 30;
    private static final String CUT = "…";

    static Snippet cut(String article, List<TextHit> hits) {
        return cut(article, Words.of(article), hits);
    }

    /** Cuts from {@code article}, whose words are {@code words}: one split serves every match of an article. */
    static Snippet cut(String article, Words words, List<TextHit> hits) {
        if (words.count() == 0) {
            return new Snippet("", List.of());
        }
        int[] window = hits.isEmpty() ? new int[] {0, 0} : densest(words, hits);
        int first = firstWord(words.count(), window[0], window[1]);
        int last = Math.min(words.count(), first + WORDS) - 1;
        return render(article, words, first, last, hits);
    }

    /** First and last word index of the best run of hits. */
    private static int[] densest(Words words, List<TextHit> hits) {
        int[] wordOf = new int[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            wordOf[i] = words.indexAt(hits.get(i).start());
        }
        Map<String, Integer> inWindow = new HashMap<>();
        int bestLeft = 0;
        int bestRight = 0;
        int bestDistinct = 0;
        int left = 0;
        for (int right = 0; right < hits.size(); right++) {
            inWindow.merge(hits.get(right).term(), 1, Integer::sum);
            while (wordOf[right] - wordOf[left] >= WORDS) {
                inWindow.computeIfPresent(hits.get(left).term(), (t, n) -> n == 1 ? null : n - 1);
                left++;
            }
            int distinct = inWindow.size();
            boolean tighter = wordOf[right] - wordOf[left] < wordOf[bestRight] - wordOf[bestLeft];
            if (distinct > bestDistinct || (distinct == bestDistinct && tighter)) {
                bestDistinct = distinct;
                bestLeft = left;
                bestRight = right;
            }
        }
        return new int[] {wordOf[bestLeft], wordOf[bestRight]};
    }

    /** Centres the run [from, to] in a window of {@value #WORDS} words that stays inside the text. */
    private static int firstWord(int count, int from, int to) {
        int slack = Math.max(0, WORDS - (to - from + 1));
        int first = Math.max(0, from - slack / 2);
        return Math.max(0, Math.min(first, count - WORDS));
    }

    private static Snippet render(String article, Words words, int first, int last, List<TextHit> hits) {
        boolean cutBefore = first > 0;
        boolean cutAfter = last < words.count() - 1;
        // Written into an array of the exact length: a growing builder copied the passage five times over.
        int length = (cutBefore ? CUT.length() : 0) + (last - first) + (cutAfter ? CUT.length() : 0);
        for (int w = first; w <= last; w++) {
            length += words.end(w) - words.start(w);
        }
        char[] out = new char[length];
        int n = cutBefore ? put(CUT, 0, CUT.length(), out, 0) : 0;
        int[] at = new int[last - first + 1];
        for (int w = first; w <= last; w++) {
            if (w > first) {
                out[n++] = ' ';
            }
            at[w - first] = n;
            n = put(article, words.start(w), words.end(w), out, n);
        }
        if (cutAfter) {
            put(CUT, 0, CUT.length(), out, n);
        }
        List<Span> marks = new ArrayList<>();
        for (TextHit hit : hits) {
            int w = words.indexAt(hit.start());
            if (w >= first && w <= last) {
                int start = at[w - first] + hit.start() - words.start(w);
                int end = at[w - first] + Math.min(hit.end(), words.end(w)) - words.start(w);
                marks.add(new Span(start, end));
            }
        }
        return new Snippet(new String(out), marks);
    }

    /** Copies chars [from, to) of {@code text} to {@code out} at {@code at}; returns the index after them. */
    private static int put(String text, int from, int to, char[] out, int at) {
        text.getChars(from, to, out, at);
        return at + to - from;
    }

    /** The whitespace-separated words of a text, as offsets. */
    static final class Words {
        private final int[] starts;
        private final int[] ends;
        private final int count;

        private Words(int[] starts, int[] ends, int count) {
            this.starts = starts;
            this.ends = ends;
            this.count = count;
        }

        static Words of(String text) {
            // Sized for the words of the text at once: doubling from a few copied them twice over.
            int[] starts = new int[count(text)];
            int[] ends = new int[starts.length];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i == text.length()) {
                    break;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                starts[n] = start;
                ends[n] = i;
                n++;
            }
            return new Words(starts, ends, n);
        }

        private static int count(String text) {
            int count = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean space = Character.isWhitespace(text.charAt(i));
                if (!space && !inWord) {
                    count++;
                }
                inWord = !space;
            }
            return count;
        }

        int count() {
            return count;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }

        /** The word holding char {@code offset}, or the nearest word before it. */
        int indexAt(int offset) {
            int found = Arrays.binarySearch(starts, 0, count, offset);
            return found >= 0 ? found : Math.max(0, -found - 2);
        }
    }
}
