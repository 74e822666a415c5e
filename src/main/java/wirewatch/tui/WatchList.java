package wirewatch.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import wirewatch.store.ReadModel;
import wirewatch.store.WatchCount;

/** The watches pane: every watch with its unseen count; the selection follows the watch's name across reloads. */
final class WatchList {
    private final List<String> configured;
    private List<WatchCount> rows = List.of();
    private int cursor;
    /** Whether the user picked a watch; until then the selection goes where the news is. */
    private boolean chosen;

    WatchList(List<String> configured) {
        this.configured = List.copyOf(configured);
    }

    void reload(ReadModel store) {
        String selected = selected();
        Map<String, WatchCount> byName = new TreeMap<>();
        for (String name : configured) {
            byName.put(name, new WatchCount(name, 0, 0));
        }
        for (WatchCount count : store.watchCounts()) {
            byName.put(count.watch(), count);
        }
        rows = new ArrayList<>(byName.values());
        cursor = selected == null ? busiest() : 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).watch().equals(selected)) {
                cursor = i;
            }
        }
        if (!chosen && !rows.isEmpty() && rows.get(cursor).matches() == 0) {
            cursor = busiest();
        }
    }

    /** The first watch with unseen matches, else with any, else the first: where a user starts reading. */
    private int busiest() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).unseen() > 0) {
                return i;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).matches() > 0) {
                return i;
            }
        }
        return 0;
    }

    @Nullable String selected() {
        return rows.isEmpty() ? null : rows.get(cursor).watch();
    }

    int total() {
        return rows.isEmpty() ? 0 : rows.get(cursor).matches();
    }

    /** Moves the selection; returns whether it changed. */
    boolean move(int delta) {
        int next = Math.max(0, Math.min(rows.size() - 1, cursor + delta));
        boolean moved = next != cursor;
        cursor = Math.max(0, next);
        chosen = chosen || moved;
        return moved;
    }

    void draw(Canvas canvas, Rect pane, boolean focused) {
        Rect inside = PaneFrame.draw(canvas, pane, "Watches", focused);
        canvas.clear(inside);
        if (rows.isEmpty()) {
            canvas.line(inside, 0, List.of(Run.of("no watches yet", Style.DIM)), false);
            return;
        }
        int top = Math.max(0, cursor - inside.height() + 1);
        for (int r = 0; r < inside.height() && top + r < rows.size(); r++) {
            WatchCount count = rows.get(top + r);
            String unseen = count.unseen() > 0 ? String.valueOf(count.unseen()) : "";
            int nameWidth = Math.max(1, inside.width() - unseen.length() - 2);
            boolean here = top + r == cursor;
            String lead = here && !focused ? "›" : " ";
            List<Run> line = List.of(Run.plain(lead + Wrap.pad(count.watch(), nameWidth) + " "),
                    Run.of(unseen, Style.UNSEEN));
            canvas.line(inside, r, line, here && focused);
        }
    }
}
