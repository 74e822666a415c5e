package wirewatch.tui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.store.FeedState;
import wirewatch.store.Store;

/**
 * The feeds view ({@code f}): every configured feed by name, with its last status and error, when it was last
 * polled and is polled next, the items of its last full fetch, and the share of polls answered 304 Not Modified.
 * The selected feed's whole error is shown below the list.
 */
final class FeedsView {
    private static final String HEAD = String.format(" %-22s %-10s %-12s %-12s %6s %6s  %s", "feed", "status",
            "last poll", "next poll", "items", "304s", "error");

    private final Store store;
    private List<FeedState> states = List.of();
    private int cursor;

    FeedsView(Store store) {
        this.store = store;
    }

    /** Re-reads the feeds' states, keeping the selection. */
    void reload(List<String> feeds) {
        List<FeedState> read = new ArrayList<>(feeds.size());
        for (String feed : feeds) {
            read.add(store.feedState(feed));
        }
        states = read;
        cursor = Math.max(0, Math.min(cursor, states.size() - 1));
    }

    void move(int delta) {
        cursor = Math.max(0, Math.min(states.size() - 1, cursor + delta));
    }

    @Nullable String selected() {
        return cursor < states.size() ? states.get(cursor).feed() : null;
    }

    void draw(Canvas canvas, Rect body, Instant now) {
        Rect inside = PaneFrame.draw(canvas, body, "Feeds · r retries the selected one now · Esc: back", true);
        canvas.clear(inside);
        canvas.line(inside, 0, List.of(Run.of(HEAD, Style.DIM)), false);
        if (states.isEmpty()) {
            canvas.line(inside, 1, List.of(Run.of(" no feeds in the config", Style.DIM)), false);
            return;
        }
        int rows = Math.max(1, inside.height() - 5);
        int top = Math.max(0, cursor - rows + 1);
        for (int r = 0; r < rows && top + r < states.size(); r++) {
            FeedState state = states.get(top + r);
            canvas.line(inside, 1 + r, row(state, now), top + r == cursor);
        }
        FeedState chosen = states.get(cursor);
        String error = chosen.lastError();
        if (error != null) {
            List<List<Run>> lines = Wrap.lines(List.of(Run.of(chosen.feed() + ": " + error, Style.ERROR)),
                    inside.width());
            for (int i = 0; i < lines.size() && rows + 2 + i < inside.height(); i++) {
                canvas.line(inside, rows + 2 + i, lines.get(i), false);
            }
        }
    }

    private static List<Run> row(FeedState state, Instant now) {
        String error = state.lastError();
        String line = String.format(" %s %-10s %-12s %-12s %6s %6s  ", Wrap.pad(state.feed(), 22),
                status(state), last(state.lastPolled(), now), next(state.nextPoll(), now),
                state.polls() == 0 ? "—" : String.valueOf(state.items()), share(state));
        return List.of(Run.plain(line), Run.of(error == null ? "" : error, Style.ERROR));
    }

    private static String status(FeedState state) {
        if (state.polls() == 0 && state.lastPolled() == null) {
            return "not yet";
        }
        if (state.lastError() == null) {
            return state.lastStatus() == 304 ? "ok 304" : "ok " + state.lastStatus();
        }
        return state.lastStatus() > 0 ? "HTTP " + state.lastStatus() : "failed";
    }

    private static String last(@Nullable Instant at, Instant now) {
        return at == null ? "never" : Elapsed.of(Duration.between(at, now)) + " ago";
    }

    private static String next(@Nullable Instant at, Instant now) {
        return at == null ? "—" : Elapsed.isDue(now, at) ? "due" : "in " + Elapsed.of(Duration.between(now, at));
    }

    private static String share(FeedState state) {
        return state.polls() == 0 ? "—" : Math.round(100.0 * state.notModified() / state.polls()) + " %";
    }
}
