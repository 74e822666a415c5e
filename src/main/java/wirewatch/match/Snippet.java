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
        StringBuilder out = new StringBuilder();
        if (first > 0) {
            out.append(CUT);
        }
        int[] at = new int[last - first + 1];
        for (int w = first; w <= last; w++) {
            if (w > first) {
                out.append(' ');
            }
            at[w - first] = out.length();
            out.append(article, words.start(w), words.end(w));
        }
        if (last < words.count() - 1) {
            out.append(CUT);
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
        return new Snippet(out.toString(), marks);
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
            int[] starts = new int[16];
            int[] ends = new int[16];
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
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n] = i;
                n++;
            }
            return new Words(starts, ends, n);
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
