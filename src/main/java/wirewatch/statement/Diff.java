package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A word diff between two renderings of a text, as {@link WordDiff} finds it: runs kept, deleted from the earlier
 * rendering or inserted in the later one, in reading order. Its text form, {@link #marked()}, writes deletions
 * {@code [-like this-]} and insertions {@code {+like this+}}; it is made only where a diff leaves the program (event
 * JSON, a screen without colour) and read back only from stored revisions ({@link #parse}). Immutable.
 */
public record Diff(List<Segment> segments) {

    /** What a segment of the diff is. */
    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that is unchanged, deleted from the earlier text, or inserted in the later one. */
    public record Segment(Op op, String text) {
        public Segment {
            requireNonNull(op, "op");
            requireNonNull(text, "text");
        }

        /** The run in the text form: {@code [-text-]}, {@code {+text+}}, or the text itself when unchanged. */
        public String marked() {
            switch (op) {
                case DELETE:
                    return "[-" + text + "-]";
                case INSERT:
                    return "{+" + text + "+}";
                default:
                    return text;
            }
        }
    }

    public Diff {
        segments = List.copyOf(segments);
    }

    /** All of {@code text} added where there was nothing. */
    public static Diff inserted(String text) {
        return new Diff(List.of(new Segment(Op.INSERT, text)));
    }

    /** All of {@code text} taken out, leaving nothing. */
    public static Diff deleted(String text) {
        return new Diff(List.of(new Segment(Op.DELETE, text)));
    }

    /** The diff as text: {@code Putin said [-yes-]{+no+}}; the JSON {@code diff} field of DESIGN section 8. */
    @JsonValue
    public String marked() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(segment.marked());
        }
        return out.toString();
    }

    /**
     * Reads the text form back, as stored revisions keep it. Marks do not nest: a marker is closed by the first
     * closing mark of its kind, and an unclosed one runs to the end of the text.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Diff parse(String marked) {
        List<Segment> out = new ArrayList<>();
        int plain = 0;
        int i = 0;
        while (i < marked.length()) {
            Op op = opening(marked, i);
            if (op == Op.EQUAL) {
                i++;
                continue;
            }
            if (plain < i) {
                out.add(new Segment(Op.EQUAL, marked.substring(plain, i)));
            }
            int end = marked.indexOf(op == Op.DELETE ? "-]" : "+}", i + 2);
            int stop = end < 0 ? marked.length() : end;
            out.add(new Segment(op, marked.substring(i + 2, stop)));
            i = end < 0 ? marked.length() : end + 2;
            plain = i;
        }
        if (plain < marked.length()) {
            out.add(new Segment(Op.EQUAL, marked.substring(plain)));
        }
        return new Diff(out);
    }

    private static Op opening(String s, int i) {
        if (s.startsWith("[-", i)) {
            return Op.DELETE;
        }
        return s.startsWith("{+", i) ? Op.INSERT : Op.EQUAL;
    }
}
