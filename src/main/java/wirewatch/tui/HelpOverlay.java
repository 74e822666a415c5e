package wirewatch.tui;

import java.util.List;

/** The help overlay ({@code ?}): every key, and what the markers in the lists mean. */
final class HelpOverlay {
    static final List<String[]> KEYS = List.of(
            new String[] {"↑ ↓  j k", "move the selection"},
            new String[] {"PgUp PgDn  g G", "a page; first or last (also Home End)"},
            new String[] {"Tab  ← →  h l", "next pane (Shift-Tab: previous), left, right"},
            new String[] {"Enter", "read the article full screen (again: back)"},
            new String[] {"o", "open the URL: $BROWSER, else xdg-open"},
            new String[] {"/  S", "filter as you type · S: search the archive"},
            new String[] {"m", "toggle seen (opening an article marks it)"},
            new String[] {"n N  A", "next/previous unseen · A: whole watch seen"},
            new String[] {"s", "statements by speaker (s or Esc: back)"},
            new String[] {"  Tab PgUp PgDn", "there: speakers or text; scroll the text"},
            new String[] {"r", "refresh now: poll every feed"},
            new String[] {"f", "feeds: status, polls, 304s (r retries one)"},
            new String[] {"?  Esc", "this help; Esc closes help, filter or view"},
            new String[] {"Ctrl-L", "redraw the whole screen"},
            new String[] {"q  Ctrl-C", "quit"});

    private HelpOverlay() {
    }

    static void draw(Canvas canvas, Rect screen) {
        int width = Math.min(screen.width() - 4, 64);
        int height = Math.min(screen.height() - 2, KEYS.size() + 7);
        Rect box = new Rect(screen.col() + (screen.width() - width) / 2, screen.row()
                + (screen.height() - height) / 2, width, height);
        Rect inside = canvas.box(box, "Keys · Esc closes");
        int r = 0;
        for (String[] key : KEYS) {
            canvas.line(inside, r++, List.of(Run.of(Wrap.pad(key[0], 16), Style.KEY), Run.plain(key[1])), false);
        }
        r++;
        canvas.line(inside, r++, List.of(Run.plain("Markers: "), Run.of("●", Style.UNSEEN), Run.plain(" unseen  "),
                Run.of("✎", Style.REVISED), Run.plain(" revised  "), Run.of("❝", Style.NEW_STATEMENTS),
                Run.plain(" new statements")), false);
        canvas.line(inside, r++, List.of(Run.plain("Statements: "), Run.of("◆", Style.UNSEEN),
                Run.plain(" new position  ≈ variant of an earlier one")), false);
        canvas.line(inside, r, List.of(Run.plain("Diffs: "), Run.of("deleted", Style.DELETED), Run.plain(" "),
                Run.of("inserted", Style.INSERTED), Run.plain("  ([-…-] {+…+} without colour)")), false);
    }
}
