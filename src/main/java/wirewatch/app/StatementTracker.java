package wirewatch.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventIds;
import wirewatch.statement.Grouped;
import wirewatch.statement.Grouper;
import wirewatch.statement.Rendering;
import wirewatch.statement.Statement;
import wirewatch.statement.VariantMatcher;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Places each new statement in the story: a variant of an earlier remark by the same speaker joins that remark's
 * group, anything else is a new position with a group of its own. The {@link Grouper} compares the statement with
 * every rendering of each of the speaker's recent groups, and weighs words by how common they are in the story's
 * latest statements. Runs on the writer thread only; remembers the statements of the batch being built so that two
 * renderings arriving in one round are grouped too.
 */
final class StatementTracker {
    /** How many of a speaker's latest statements a new one is compared with. */
    private static final int HISTORY = 200;
    /** How many of the story's latest statements (all speakers) tell common words from distinctive ones. */
    private static final int BACKGROUND = 500;

    /** A statement placed in the story: its group, whether it is new, and the rendering it varies. */
    record Placed(Statement statement, String group, String change, @Nullable StoredStatement previous) {
    }

    /** A statement of the batch being built, with the offsets its article gave it. */
    private record Pending(Statement statement, String articleId, String group, StoredStatement stored) {
    }

    private final Store store;
    private final Grouper grouper;
    private final List<Pending> pending = new ArrayList<>();
    private @Nullable List<StoredStatement> background;

    StatementTracker(Store store, VariantMatcher variants) {
        this.store = store;
        this.grouper = new Grouper(variants);
    }

    Placed place(Statement statement, String articleId, String feed, String title, String url, Instant time) {
        Map<Statement, StoredStatement> sources = new IdentityHashMap<>();
        List<Rendering> earlier = earlier(statement, articleId, sources);
        Grouped grouped = grouper.place(statement, articleId, earlier);
        Statement previous = grouped.previous();
        Placed placed = previous == null
                ? new Placed(statement, EventIds.of("group", statement.speaker(), statement.quote(), articleId),
                        "new", null)
                : new Placed(statement, grouped.group(), "variant", sources.get(previous));
        pending.add(new Pending(statement, articleId, placed.group(), new StoredStatement(0, statement.speaker(),
                statement.quote(), kind(statement), placed.group(), placed.change(), time, articleId, feed, title, url,
                null)));
        return placed;
    }

    /** The renderings placed before, oldest first: the story's latest statements, then the batch's own. */
    private List<Rendering> earlier(Statement statement, String articleId, Map<Statement, StoredStatement> sources) {
        List<Rendering> out = new ArrayList<>();
        List<StoredStatement> speaker = store.statementsBySpeaker(statement.speaker(), HISTORY);
        for (int i = speaker.size() - 1; i >= 0; i--) {
            StoredStatement s = speaker.get(i);
            // A re-fetched article's unchanged statement is not a rendering of itself.
            if (!(s.articleId().equals(articleId) && s.quote().equals(statement.quote()))) {
                out.add(stored(s, sources));
            }
        }
        List<StoredStatement> others = background();
        for (int i = others.size() - 1; i >= 0; i--) {
            if (!others.get(i).speaker().equalsIgnoreCase(statement.speaker())) {
                out.add(stored(others.get(i), sources));
            }
        }
        for (Pending p : pending) {
            out.add(new Rendering(p.statement(), p.articleId(), p.group()));
            sources.put(p.statement(), p.stored());
        }
        return out;
    }

    /** A stored statement as a rendering; its article is left unknown, as its offsets are not kept. */
    private static Rendering stored(StoredStatement s, Map<Statement, StoredStatement> sources) {
        Statement statement = new Statement(s.speaker(), s.quote(), Statement.Kind.parse(s.kind()), 0,
                s.quote().length());
        sources.put(statement, s);
        return new Rendering(statement, "", s.group());
    }

    private List<StoredStatement> background() {
        if (background == null) {
            background = store.statements(null, null, 0, BACKGROUND);
        }
        return background;
    }

    /** Forgets the batch's statements once it is committed (they are in the store now) or abandoned. */
    void clear() {
        pending.clear();
        background = null;
    }

    static String kind(Statement statement) {
        return statement.kind().name().toLowerCase(Locale.ROOT);
    }
}
