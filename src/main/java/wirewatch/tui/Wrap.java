package wirewatch.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/** Word-wraps styled runs to a width in columns, and fits single lines with an ellipsis. */
final class Wrap {
    private Wrap() {
    }

    /** The runs as lines at most {@code width} columns wide; words longer than a line are split. */
    static List<List<Run>> lines(List<Run> runs, int width) {
        List<List<Run>> lines = new ArrayList<>();
        if (width <= 0) {
            return lines;
        }
        List<Run> current = new ArrayList<>();
        int used = 0;
        for (Run run : runs) {
            for (String word : words(run.text())) {
                int w = width(word);
                boolean space = word.isBlank();
                if (used + w > width && used > 0) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    if (space) {
                        continue;
                    }
                }
                String rest = word;
                while (width(rest) > width) {
                    String head = fit(rest, width - used, false);
                    current.add(new Run(head, run.style()));
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    rest = rest.substring(head.length());
                }
                if (!rest.isEmpty()) {
                    current.add(new Run(rest, run.style()));
                    used += width(rest);
                }
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    /** Splits text into alternating words and runs of spaces, keeping both. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (text.charAt(i) == ' ') != (text.charAt(i - 1) == ' ')) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return words;
    }

    static int width(String text) {
        return TerminalTextUtils.getColumnWidth(text);
    }

    /** The longest prefix of the text that fits {@code width} columns, ending in "…" when cut if asked. */
    static String fit(String text, int width, boolean ellipsis) {
        if (width <= 0) {
            return "";
        }
        if (width(text) <= width) {
            return text;
        }
        int room = ellipsis ? width - 1 : width;
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int w = TerminalTextUtils.isCharDoubleWidth(text.charAt(end)) ? 2 : 1;
            if (used + w > room) {
                break;
            }
            used += w;
            end++;
        }
        if (end == 0 && !ellipsis) {
            end = 1;
        }
        return text.substring(0, end) + (ellipsis ? "…" : "");
    }

    /** Pads or fits the text to exactly {@code width} columns. */
    static String pad(String text, int width) {
        String fitted = fit(SafeText.of(text), width, true);
        return fitted + " ".repeat(Math.max(0, width - width(fitted)));
    }
}
