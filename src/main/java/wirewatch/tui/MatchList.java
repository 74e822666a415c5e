package wirewatch.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import wirewatch.store.MatchRow;
import wirewatch.store.ReadModel;

/**
 * The matches pane: one watch's matches, newest first, paged from the store a window at a time so that memory
 * stays bounded however large the archive. The selection is an article, not a row number: when new matches
 * arrive above it, it stays on the same article.
 */
final class MatchList {
    static final int PAGE = 200;
    private final ReadModel store;
    private @Nullable String watch;
    private @Nullable String filter;
    /** The rule whose archive search is shown in place of a watch's matches, with its results. */
    private @Nullable String search;
    private List<MatchRow> results = List.of();
    private boolean moreResults;
    private int filtered;
    private int windowStart;
    private List<MatchRow> window = List.of();
    private boolean windowAtEnd = true;
    private int cursor;
    private int top;
    private int height = 1;

    MatchList(ReadModel store) {
        this.store = store;
    }

    /** Shows another watch or filter from its newest match. */
    void show(@Nullable String watchName, @Nullable String titleFilter) {
        search = null;
        results = List.of();
        watch = watchName;
        filter = titleFilter;
        cursor = 0;
        top = 0;
        filtered = watch == null || filter == null ? 0 : store.matchCount(watch, filter);
        load(0);
    }

    /** Shows an archive search's results, held whole (they are few), in place of a watch's matches. */
    void showResults(String rule, List<MatchRow> rows) {
        show(watch, null);
        search = rule;
        results = List.copyOf(rows.subList(0, Math.min(rows.size(), Search.MAX_RESULTS)));
        moreResults = rows.size() > Search.MAX_RESULTS;
        load(0);
    }

    boolean isSearch() {
        return search != null;
    }

    /** In search results, the nearest unseen one from {@code from} on, or back from it. */
    OptionalInt unseenResult(int from, boolean forward) {
        for (int i = from; i >= 0 && i < results.size(); i += forward ? 1 : -1) {
            if (!results.get(i).seen()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** How many matches pass the filter, as counted when it was set. */
    int filteredCount() {
        return filtered;
    }

    @Nullable String filter() {
        return filter;
    }

    /** Re-reads the window after new events, keeping the selected article selected. */
    void refresh() {
        MatchRow before = selected();
        load(windowStart);
        if (before == null) {
            clampToWindow();
            return;
        }
        for (int i = 0; i < window.size(); i++) {
            if (window.get(i).articleId().equals(before.articleId())) {
                int shift = windowStart + i - cursor;
                cursor += shift;
                if (top > 0) {
                    top += shift;
                }
                return;
            }
        }
        clampToWindow();
    }

    /** Replaces a row after a change the dashboard itself made (marking it seen). */
    void replace(MatchRow row) {
        window = replaced(window, row);
        results = replaced(results, row);
    }

    private static List<MatchRow> replaced(List<MatchRow> rows, MatchRow row) {
        List<MatchRow> copy = new ArrayList<>(rows);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).articleId().equals(row.articleId())) {
                copy.set(i, copy.get(i).withSeen(row.seen()));
            }
        }
        return List.copyOf(copy);
    }

    @Nullable MatchRow selected() {
        int at = cursor - windowStart;
        return at >= 0 && at < window.size() ? window.get(at) : null;
    }

    /** The selection's place in the list, 0 for the newest. */
    int position() {
        return cursor;
    }

    void select(int position) {
        moveTo(position);
    }

    void move(int delta) {
        moveTo(Math.max(0, cursor + delta));
    }

    void page(int direction) {
        move(direction * Math.max(1, height - 1));
    }

    /** Moves to the last match; {@code total} is the watch's match count, an upper bound when filtered. */
    void end(int total) {
        moveTo(Math.max(0, total - 1));
    }

    private void moveTo(int target) {
        if (target < windowStart || target >= windowStart + window.size()) {
            if (!(windowAtEnd && target >= windowStart + window.size() && target >= windowStart)) {
                load(Math.max(0, target - PAGE / 2));
            }
        }
        while (window.isEmpty() && windowStart > 0) {
            load(Math.max(0, windowStart - PAGE));
        }
        int last = windowStart + window.size() - 1;
        cursor = Math.max(0, Math.min(target, last));
    }

    private void clampToWindow() {
        if (window.isEmpty()) {
            cursor = 0;
            top = 0;
        } else {
            cursor = Math.max(windowStart, Math.min(cursor, windowStart + window.size() - 1));
        }
    }

    private void load(int start) {
        if (search != null) {
            window = results;
            windowStart = 0;
            windowAtEnd = true;
            return;
        }
        if (watch == null) {
            window = List.of();
            windowStart = 0;
            windowAtEnd = true;
            return;
        }
        window = store.matches(watch, filter, start, PAGE);
        windowStart = start;
        windowAtEnd = window.size() < PAGE;
    }

    void draw(Canvas canvas, Rect pane, boolean focused, TimeLabel times, int total) {
        String count = filter == null ? " (" + total + ")" : " filtered “" + filter + "” (" + filtered + ")";
        String title = search != null ? "Search “" + search + "” (" + results.size() + (moreResults ? "+" : "")
                + ") · Esc: back"
                : "Matches" + (watch == null ? "" : " · " + watch + count);
        Rect inside = PaneFrame.draw(canvas, pane, title, focused);
        canvas.clear(inside);
        height = Math.max(1, inside.height());
        if (cursor < top) {
            top = cursor;
        } else if (cursor >= top + height) {
            top = cursor - height + 1;
        }
        if (top < windowStart || top + height > windowStart + window.size() && !windowAtEnd) {
            load(Math.max(0, top - (PAGE - height) / 2));
        }
        if (window.isEmpty()) {
            String why = search != null ? "nothing in the archive matches the rule"
                    : watch == null ? "no watch selected" : filter != null ? "nothing matches the filter"
                    : "no matches yet; they appear here as feeds are polled";
            canvas.line(inside, 0, List.of(Run.of(why, Style.DIM)), false);
            return;
        }
        for (int r = 0; r < height; r++) {
            int at = top + r - windowStart;
            if (at < 0 || at >= window.size()) {
                break;
            }
            boolean here = top + r == cursor;
            canvas.line(inside, r, row(window.get(at), inside.width(), times, here && !focused),
                    here && focused);
        }
    }

    private static List<Run> row(MatchRow match, int width, TimeLabel times, boolean pointer) {
        Instant published = match.published();
        String time = times.of(published != null ? published : match.time());
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain((pointer ? "›" : " ") + Wrap.pad(time, 6)));
        runs.add(Run.of(Wrap.pad(match.feed(), 12) + " ", Style.DIM));
        runs.add(Run.of(match.seen() ? " " : "●", Style.UNSEEN));
        runs.add(Run.of(match.revised() ? "✎" : " ", Style.REVISED));
        runs.add(Run.of(match.newStatements() ? "❝" : " ", Style.NEW_STATEMENTS));
        runs.add(Run.plain(" " + Cells.fit(SafeText.of(match.title()), Math.max(1, width - 24), true)));
        return runs;
    }
}
