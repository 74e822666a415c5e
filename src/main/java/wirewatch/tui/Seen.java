package wirewatch.tui;

import java.util.Iterator;
import java.util.OptionalInt;
import wirewatch.store.MatchRow;
import wirewatch.store.Store;

/**
 * What the reader has seen, as a feed reader keeps it: marking matches seen (one by one, on opening, or a whole
 * watch), undoing a mark, and moving to the next or previous unseen match across watches. Seen is per article, so a
 * mark shows under every watch. Runs on the dashboard's screen thread.
 */
final class Seen {
    private final Dashboard dashboard;
    private final Store store;
    private final WatchList watches;
    private final MatchList matches;

    Seen(Dashboard dashboard, Store store, WatchList watches, MatchList matches) {
        this.dashboard = dashboard;
        this.store = store;
        this.watches = watches;
        this.matches = matches;
    }

    /** {@code m}: marks the selected match seen, or unseen again if it was. */
    void toggle() {
        MatchRow row = matches.selected();
        if (row != null && writable() && setSeen(row, !row.seen())) {
            dashboard.say(row.seen() ? "marked unseen" : "marked seen");
        }
    }

    /** The selected article was opened (full screen or in the browser): it has been read. */
    void opened() {
        MatchRow row = matches.selected();
        if (row != null && !row.seen() && store.isWritable()) {
            setSeen(row, true);
        }
    }

    /**
     * {@code n} and {@code N}: the next (or previous) unseen match, below (or above) the selection in this watch,
     * else in the watches after (or before) it, round to the top (or bottom) of this one.
     */
    void next(boolean forward) {
        if (matches.isSearch()) {
            nextResult(forward);
            return;
        }
        String current = watches.selected();
        int from = matches.position() + (forward ? 1 : -1);
        OptionalInt here = current == null || from < 0 ? OptionalInt.empty()
                : store.unseenMatch(current, matches.filter(), from, forward);
        for (Iterator<String> next = watches.withUnseen(forward).iterator(); here.isEmpty() && next.hasNext(); ) {
            String watch = next.next();
            here = store.unseenMatch(watch, matches.filter(), forward ? 0 : Integer.MAX_VALUE, forward);
            if (here.isPresent() && !watch.equals(current)) {
                watches.select(watch);
                dashboard.watchChanged();
            }
        }
        if (here.isEmpty()) {
            dashboard.say(matches.filter() == null ? "no unseen matches" : "no unseen matches pass the filter");
            return;
        }
        matches.select(here.getAsInt());
        dashboard.articleScroll = 0;
        if (dashboard.expanded) {
            opened();
        } else {
            dashboard.focus = Focus.MATCHES;
        }
    }

    private void nextResult(boolean forward) {
        OptionalInt result = matches.unseenResult(matches.position() + (forward ? 1 : -1), forward);
        if (result.isPresent()) {
            matches.select(result.getAsInt());
            dashboard.articleScroll = 0;
        } else {
            dashboard.say("no unseen results " + (forward ? "below" : "above"));
        }
    }

    /** {@code A}: every match of the selected watch seen. */
    void markWatch() {
        String watch = watches.selected();
        if (matches.isSearch()) {
            dashboard.say("A marks a watch's matches seen; Esc leaves the search");
        } else if (watch != null && writable()) {
            int marked = store.markWatchSeen(watch);
            matches.refresh();
            watches.reload(store);
            dashboard.say("marked " + marked + " seen in " + watch);
        }
    }

    private boolean writable() {
        if (!store.isWritable()) {
            dashboard.say("read-only: another wirewatch owns this store");
        }
        return store.isWritable();
    }

    /**
     * Marks the row's article; the unseen counts of its watches change in place, since re-counting every watch on
     * each article opened would make Enter as slow as the archive is large.
     */
    private boolean setSeen(MatchRow row, boolean seen) {
        if (!store.markSeen(row.articleId(), seen)) {
            dashboard.say("no watch matched this article: only matches keep a seen mark");
            return false;
        }
        matches.replace(row.withSeen(seen));
        watches.countUnseen(store.watchesOf(row.articleId()), seen ? -1 : 1);
        return true;
    }
}
