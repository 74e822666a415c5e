package wirewatch.statement;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import wirewatch.statement.Diff.Op;
import wirewatch.statement.Diff.Segment;

/**
 * Word-level differences between two renderings of a text, computed with java-diff-utils (Myers) over words and
 * punctuation marks. Whitespace is not a difference: words are compared, and equal and inserted text keep the
 * spacing of the later rendering; the space before a changed run stays outside it. Pure and thread-safe.
 */
public final class WordDiff {

    /** A word or punctuation mark with the whitespace in front of it. */
    private record Word(String space, String word) {
    }

    private WordDiff() {
    }

    /** The diff from {@code before} to {@code after}; adjacent segments never share an op. */
    public static Diff between(String before, String after) {
        List<Word> a = words(before);
        List<Word> b = words(after);
        Patch<String> patch = DiffUtils.diff(a.stream().map(Word::word).toList(), b.stream().map(Word::word).toList());
        List<Segment> out = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            append(out, Op.EQUAL, b.subList(bi, targetAt), false);
            ai = sourceAt;
            bi = targetAt;
            boolean change = delta.getType() == DeltaType.CHANGE;
            if (delta.getType() == DeltaType.DELETE || change) {
                int n = delta.getSource().size();
                append(out, Op.DELETE, a.subList(ai, ai + n), false);
                ai += n;
            }
            if (delta.getType() == DeltaType.INSERT || change) {
                int n = delta.getTarget().size();
                append(out, Op.INSERT, b.subList(bi, bi + n), change);
                bi += n;
            }
        }
        append(out, Op.EQUAL, b.subList(bi, b.size()), false);
        return new Diff(out);
    }

    /** Appends words as a segment; the space before a changed run stays outside its markers. */
    private static void append(List<Segment> out, Op op, List<Word> words, boolean afterDelete) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Word w : words) {
            text.append(w.space()).append(w.word());
        }
        String s = text.toString();
        if (op != Op.EQUAL) {
            String lead = words.get(0).space();
            s = s.substring(lead.length());
            if (!lead.isEmpty() && !afterDelete) {
                add(out, Op.EQUAL, lead.contains("\n") ? lead : " ");
            }
        }
        add(out, op, s);
    }

    private static void add(List<Segment> out, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int spaceStart = i;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            if (Character.isLetterOrDigit(text.charAt(i))) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(new Word(text.substring(spaceStart, start), text.substring(start, i)));
        }
        return out;
    }

    /** Apostrophes, hyphens and stops inside a word keep it whole: "Kyiv’s", "long-term", "U.S". */
    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',') && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
