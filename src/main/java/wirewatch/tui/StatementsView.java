package wirewatch.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Grouped;
import wirewatch.store.Store;
import wirewatch.statement.WordDiff;
import wirewatch.store.StoredStatement;

/**
 * The statements view ({@code s}): the speakers of the story, most recent first, and for the selected speaker
 * what they said, newest first. A remark's first rendering is a new position (marked ◆); later renderings by
 * other outlets are variants, shown with a word diff from that first rendering. Statements whose article names no
 * speaker are listed last, as {@value SpeakerLabel#UNATTRIBUTED}: new remarks and their variants, but no positions.
 * Tab moves the arrow keys between the speakers and what was said; PgUp and PgDn always scroll what was said.
 */
final class StatementsView {
    private static final int SPEAKER_SCAN = 400;
    private static final int SPEAKER_WIDTH = 26;

    private final Store store;
    /** The speakers listed; {@code null} stands for the statements that name none. */
    private List<@Nullable String> speakers = List.of();
    private Map<@Nullable String, Integer> counts = Map.of();
    private List<StoredStatement> said = List.of();
    private Map<String, StoredStatement> firsts = Map.of();
    private int cursor;
    private int scroll;
    /** Whether the keyboard scrolls what was said (Tab) rather than choosing a speaker. */
    private boolean textFocused;

    StatementsView(Store store) {
        this.store = store;
    }

    void show() {
        reload();
    }

    /** Re-reads the speakers and the selected speaker's statements, keeping the selected speaker. */
    void reload() {
        boolean chosen = hasSelection();
        String selected = chosen ? speakers.get(cursor) : null;
        Map<@Nullable String, Integer> found = new LinkedHashMap<>();
        // Across watches: filtering statements by watch scans the archive, and a speaker's story spans watches.
        for (StoredStatement statement : store.statements(null, null, 0, SPEAKER_SCAN)) {
            found.merge(statement.speaker(), 1, Integer::sum);
        }
        speakers = new ArrayList<>(found.keySet());
        if (speakers.remove(null)) {
            speakers.add(null);
        }
        counts = found;
        int at = chosen ? speakers.indexOf(selected) : -1;
        cursor = at < 0 ? Math.min(cursor, Math.max(0, speakers.size() - 1)) : at;
        loadSpeaker();
    }

    /** Tab: the other pane takes the arrow keys. */
    void switchPane() {
        textFocused = !textFocused;
    }

    /** An arrow key: the next speaker, or a line of what was said when that pane has the keyboard. */
    void move(int delta) {
        if (textFocused) {
            scroll(delta);
            return;
        }
        int next = Math.max(0, Math.min(speakers.size() - 1, cursor + delta));
        if (next != cursor) {
            cursor = next;
            scroll = 0;
            loadSpeaker();
        }
    }

    void scroll(int delta) {
        scroll = Math.max(0, scroll + delta);
    }

    private boolean hasSelection() {
        return cursor < speakers.size();
    }

    private void loadSpeaker() {
        if (!hasSelection()) {
            said = List.of();
            firsts = Map.of();
            return;
        }
        String speaker = speakers.get(cursor);
        said = speaker == null ? store.unattributedStatements(DetailLoader.HISTORY)
                : store.statementsBySpeaker(speaker, DetailLoader.HISTORY);
        firsts = firsts(said);
    }

    /**
     * Each remark's first rendering, which its variants are shown against: the oldest one read, when it is the
     * remark's new position; otherwise the first lies beyond the statements read, and the store is asked for it.
     */
    private Map<String, StoredStatement> firsts(List<StoredStatement> newestFirst) {
        Map<String, StoredStatement> oldest = new LinkedHashMap<>();
        for (StoredStatement statement : newestFirst) {
            oldest.put(statement.group(), statement);
        }
        Map<String, StoredStatement> found = new HashMap<>();
        oldest.forEach((group, statement) -> found.put(group, statement.change() == Grouped.Change.NEW ? statement
                : store.statementsInGroup(group, 1).stream().findFirst().orElse(statement)));
        return found;
    }

    void draw(Canvas canvas, Rect body, TimeLabel times, Instant openedAt) {
        Rect left = new Rect(body.col(), body.row(), Math.min(SPEAKER_WIDTH, body.width()), body.height());
        Rect right = new Rect(left.right() + 1, body.row(), Math.max(0, body.width() - left.width() - 1),
                body.height());
        Rect names = PaneFrame.draw(canvas, left, "Speakers", !textFocused);
        canvas.clear(names);
        PaneFrame.rightRule(canvas, left);
        if (speakers.isEmpty()) {
            canvas.line(names, 0, List.of(Run.of("no statements yet", Style.DIM)), false);
        }
        int top = Math.max(0, cursor - names.height() + 1);
        for (int r = 0; r < names.height() && top + r < speakers.size(); r++) {
            String name = speakers.get(top + r);
            String count = String.valueOf(counts.getOrDefault(name, 0));
            String label = " " + Wrap.pad(SpeakerLabel.of(name), names.width() - count.length() - 2) + " ";
            canvas.line(names, r, List.of(name == null ? Run.of(label, Style.DIM) : Run.plain(label),
                    Run.of(count, Style.DIM)), top + r == cursor);
        }
        Rect text = PaneFrame.draw(canvas, right, title(), textFocused);
        canvas.clear(text);
        boolean unattributed = hasSelection() && speakers.get(cursor) == null;
        List<List<Run>> lines = lines(text.width(), times, openedAt, canvas.palette().isColor(), unattributed);
        scroll = Math.max(0, Math.min(scroll, lines.size() - 1));
        for (int r = 0; r < text.height() && scroll + r < lines.size(); r++) {
            canvas.line(text, r, lines.get(scroll + r), false);
        }
    }

    private String title() {
        if (!hasSelection()) {
            return "Statements";
        }
        String speaker = speakers.get(cursor);
        return speaker == null ? "Unattributed statements · newest first"
                : "What " + speaker + " said · newest first";
    }

    /** The selection's statements; a remark no one is named for is new, never a new position. */
    private List<List<Run>> lines(int width, TimeLabel times, Instant openedAt, boolean color,
                                  boolean unattributed) {
        List<List<Run>> out = new ArrayList<>();
        for (StoredStatement statement : said) {
            StoredStatement first = firsts.get(statement.group());
            boolean position = first == null || first.id() == statement.id();
            List<Run> head = new ArrayList<>();
            head.add(Run.of(times.of(statement.time()) + " " + statement.feed() + " ", Style.DIM));
            String fresh = unattributed ? "◆ new remark" : "◆ new position";
            head.add(position ? Run.of(fresh, Style.UNSEEN) : Run.of("≈ variant", Style.DIM));
            Instant removed = statement.removed();
            if (removed != null) {
                head.add(Run.of(" · removed " + times.of(removed), Style.REVISED));
            }
            if (statement.time().isAfter(openedAt)) {
                head.add(Run.of(" ● since opened", Style.UNSEEN));
            }
            out.addAll(Wrap.lines(head, width));
            List<Run> quote = new ArrayList<>();
            quote.add(Run.plain("  "));
            if (position || first == null) {
                quote.add(Run.plain("“" + statement.quote() + "”"));
            } else {
                quote.addAll(DiffText.runs(WordDiff.between(first.quote(), statement.quote()), color));
            }
            out.addAll(Wrap.lines(quote, width));
            out.add(List.of());
        }
        if (out.isEmpty()) {
            out.add(List.of(Run.of("no statements", Style.DIM)));
        }
        return out;
    }
}
