package wirewatch.tui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import wirewatch.store.ReadModel;
import wirewatch.store.WatchCount;

/**
 * The watches pane: every watch with its unseen count; the watches of a story are grouped under its name (with
 * the story's unseen count), after the watches of no story. The selection follows the watch's name across reloads.
 */
final class WatchList {
    private final List<String> configured;
    private final Map<String, String> stories;
    private final Comparator<WatchCount> order;
    private List<WatchCount> rows = List.of();
    private int cursor;
    /** Whether the user picked a watch; until then the selection goes where the news is. */
    private boolean chosen;

    /** {@code stories} maps a watch's name to its story; watches of no story are absent. */
    WatchList(List<String> configured, Map<String, String> stories) {
        this.configured = List.copyOf(configured);
        this.stories = Map.copyOf(stories);
        this.order = Comparator.comparing((WatchCount w) -> stories.containsKey(w.watch()))
                .thenComparing(w -> stories.getOrDefault(w.watch(), "")).thenComparing(WatchCount::watch);
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
        rows.sort(order);
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

    /** Adds {@code delta} to the unseen count of each of these watches, after marking one article. */
    void countUnseen(List<String> names, int delta) {
        for (int i = 0; i < rows.size(); i++) {
            WatchCount count = rows.get(i);
            if (names.contains(count.watch())) {
                rows.set(i, new WatchCount(count.watch(), count.matches(),
                        Math.max(0, Math.min(count.matches(), count.unseen() + delta))));
            }
        }
    }

    @Nullable String selected() {
        return rows.isEmpty() ? null : rows.get(cursor).watch();
    }

    int total() {
        return rows.isEmpty() ? 0 : rows.get(cursor).matches();
    }

    /**
     * Watches with unseen matches in the order {@code n} (forward) or {@code N} visits them: from the one after
     * (or before) the selection round to the selected one itself, last.
     */
    List<String> withUnseen(boolean forward) {
        List<String> found = new ArrayList<>();
        for (int step = 1; step <= rows.size(); step++) {
            WatchCount count = rows.get(Math.floorMod(cursor + (forward ? step : -step), rows.size()));
            if (count.unseen() > 0) {
                found.add(count.watch());
            }
        }
        return found;
    }

    /** Selects a watch by name, as the user's choice; returns whether it is listed. */
    boolean select(String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).watch().equals(name)) {
                cursor = i;
                chosen = true;
                return true;
            }
        }
        return false;
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
        List<List<Run>> lines = new ArrayList<>();
        int selectedLine = 0;
        for (int i = 0; i < rows.size(); i++) {
            String story = stories.get(rows.get(i).watch());
            if (story != null && (i == 0 || !story.equals(stories.get(rows.get(i - 1).watch())))) {
                lines.add(line(story, unseenIn(story), "", inside.width(), Style.STRONG));
            }
            if (i == cursor) {
                selectedLine = lines.size();
            }
            String lead = i == cursor && !focused ? "›" : " ";
            lines.add(line(rows.get(i).watch(), rows.get(i).unseen(), lead + (story == null ? "" : "  "),
                    inside.width(), Style.PLAIN));
        }
        int top = Math.max(0, selectedLine - inside.height() + 1);
        for (int r = 0; r < inside.height() && top + r < lines.size(); r++) {
            canvas.line(inside, r, lines.get(top + r), top + r == selectedLine && focused);
        }
    }

    private int unseenIn(String story) {
        return rows.stream().filter(w -> Objects.equals(story, stories.get(w.watch()))).mapToInt(WatchCount::unseen)
                .sum();
    }

    private static List<Run> line(String name, int unseen, String lead, int width, Style style) {
        String count = unseen > 0 ? String.valueOf(unseen) : "";
        int nameWidth = Math.max(1, width - lead.length() - count.length() - 1);
        return List.of(Run.plain(lead), Run.of(Wrap.pad(name, nameWidth) + " ", style), Run.of(count, Style.UNSEEN));
    }
}
