package wirewatch.tui;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where each pane goes for a terminal size. Wide terminals get three columns (watches, matches, article); from
 * 80×24 up to that, watches and matches share the top and the article sits below. An expanded article (Enter)
 * takes the whole body.
 */
record Layout(Rect header, Rect watches, Rect matches, Rect article, Rect status) {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    private static final int THREE_COLUMNS = 150;
    private static final int WATCH_WIDTH = 24;

    static boolean fits(TerminalSize size) {
        return size.getColumns() >= MIN_COLUMNS && size.getRows() >= MIN_ROWS;
    }

    static Layout of(TerminalSize size, boolean expanded) {
        int w = size.getColumns();
        int h = size.getRows();
        Rect header = new Rect(0, 0, w, 1);
        Rect status = new Rect(0, h - 1, w, 1);
        int bodyRows = h - 2;
        Rect none = new Rect(0, 1, 0, 0);
        if (expanded) {
            return new Layout(header, none, none, new Rect(0, 1, w, bodyRows), status);
        }
        if (w >= THREE_COLUMNS) {
            int matchWidth = (w - WATCH_WIDTH) * 45 / 100;
            Rect watches = new Rect(0, 1, WATCH_WIDTH, bodyRows);
            Rect matches = new Rect(WATCH_WIDTH + 1, 1, matchWidth, bodyRows);
            Rect article = new Rect(matches.right() + 1, 1, w - matches.right() - 1, bodyRows);
            return new Layout(header, watches, matches, article, status);
        }
        int listRows = Math.max(6, bodyRows * 2 / 5);
        Rect watches = new Rect(0, 1, WATCH_WIDTH, listRows);
        Rect matches = new Rect(WATCH_WIDTH + 1, 1, w - WATCH_WIDTH - 1, listRows);
        Rect article = new Rect(0, 1 + listRows, w, bodyRows - listRows);
        return new Layout(header, watches, matches, article, status);
    }
}
