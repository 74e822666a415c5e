package wirewatch.tui;

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
                int w = Cells.width(word);
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
                while (Cells.width(rest) > width) {
                    String head = Cells.fit(rest, width - used, false);
                    current.add(new Run(head, run.style()));
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    rest = rest.substring(head.length());
                }
                if (!rest.isEmpty()) {
                    current.add(new Run(rest, run.style()));
                    used += Cells.width(rest);
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

    /** Pads or fits the text to exactly {@code width} columns. */
    static String pad(String text, int width) {
        String fitted = Cells.fit(SafeText.of(text), width, true);
        return fitted + " ".repeat(Math.max(0, width - Cells.width(fitted)));
    }
}
