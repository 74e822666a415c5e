package wirewatch.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored diff notation of revisions, where deletions are {@code [-…-]} and insertions {@code {+…+}},
 * back into segments. An unclosed marker runs to the end of the text.
 */
final class MarkedDiff {
    private MarkedDiff() {
    }

    static List<Segment> parse(String diff) {
        List<Segment> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < diff.length()) {
            Segment.Op op = opening(diff, i);
            if (op == Segment.Op.EQUAL) {
                plain.append(diff.charAt(i++));
                continue;
            }
            String close = op == Segment.Op.DELETE ? "-]" : "+}";
            int end = diff.indexOf(close, i + 2);
            int stop = end < 0 ? diff.length() : end;
            flush(out, plain);
            out.add(new Segment(op, diff.substring(i + 2, stop)));
            i = end < 0 ? diff.length() : end + 2;
        }
        flush(out, plain);
        return out;
    }

    private static Segment.Op opening(String s, int i) {
        if (s.startsWith("[-", i)) {
            return Segment.Op.DELETE;
        }
        if (s.startsWith("{+", i)) {
            return Segment.Op.INSERT;
        }
        return Segment.Op.EQUAL;
    }

    private static void flush(List<Segment> out, StringBuilder plain) {
        if (plain.length() > 0) {
            out.add(new Segment(Segment.Op.EQUAL, plain.toString()));
            plain.setLength(0);
        }
    }
}
