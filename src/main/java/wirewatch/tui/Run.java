package wirewatch.tui;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A stretch of text in one style; the text is made safe for the terminal when the run is made. */
record Run(String text, Style style) {
    Run {
        requireNonNull(style, "style");
        text = SafeText.of(text);
    }

    static Run plain(String text) {
        return new Run(text, Style.PLAIN);
    }

    static Run of(String text, Style style) {
        return new Run(text, style);
    }

    static List<Run> line(Run... runs) {
        return List.of(runs);
    }
}
