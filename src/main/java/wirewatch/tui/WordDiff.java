package wirewatch.tui;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A word diff between two renderings of a remark, computed with java-diff-utils over words and spaces. */
final class WordDiff {
    private WordDiff() {
    }

    static List<Segment> between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Segment.Op.EQUAL, from.subList(at, start));
            add(out, Segment.Op.DELETE, delta.getSource().getLines());
            add(out, Segment.Op.INSERT, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(out, Segment.Op.EQUAL, from.subList(at, from.size()));
        return out;
    }

    private static void add(List<Segment> out, Segment.Op op, List<String> words) {
        if (!words.isEmpty()) {
            out.add(new Segment(op, String.join("", words)));
        }
    }

    /** Words with their trailing spaces, so that joined tokens give back the text. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            boolean end = i == text.length()
                    || (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i)));
            if (end) {
                tokens.add(text.substring(start, i));
                start = i;
            }
        }
        return tokens;
    }
}
