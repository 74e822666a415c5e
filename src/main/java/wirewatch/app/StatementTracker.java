package wirewatch.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventIds;
import wirewatch.statement.Statement;
import wirewatch.statement.VariantMatcher;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Places each new statement in the story: a variant of an earlier remark by the same speaker joins that remark's
 * group, anything else is a new position with a group of its own. Runs on the writer thread only; remembers the
 * statements of the batch being built so that two renderings arriving in one round are grouped too.
 */
final class StatementTracker {
    /** How many of a speaker's latest statements a new one is compared with. */
    private static final int HISTORY = 200;

    /** A statement placed in the story: its group, whether it is new, and the rendering it varies. */
    record Placed(Statement statement, String group, String change, @Nullable StoredStatement previous) {
    }

    private final Store store;
    private final VariantMatcher variants;
    private final Map<String, List<StoredStatement>> pending = new HashMap<>();

    StatementTracker(Store store, VariantMatcher variants) {
        this.store = store;
        this.variants = variants;
    }

    Placed place(Statement statement, String articleId, String feed, String title, String url, Instant time) {
        StoredStatement best = null;
        double bestScore = 0;
        for (StoredStatement earlier : candidates(statement.speaker())) {
            if (earlier.articleId().equals(articleId) && earlier.quote().equals(statement.quote())) {
                continue;
            }
            Statement other = new Statement(earlier.speaker(), earlier.quote(),
                    Statement.Kind.valueOf(earlier.kind().toUpperCase(java.util.Locale.ROOT)), 0,
                    earlier.quote().length());
            double score = variants.similarity(statement, other);
            if (score > bestScore && variants.isVariant(statement, other)) {
                best = earlier;
                bestScore = score;
            }
        }
        Placed placed = best == null
                ? new Placed(statement, EventIds.of("group", statement.speaker(), statement.quote(), articleId),
                        "new", null)
                : new Placed(statement, best.group(), "variant", best);
        pending.computeIfAbsent(statement.speaker(), s -> new ArrayList<>()).add(0, new StoredStatement(0,
                statement.speaker(), statement.quote(), kind(statement), placed.group(), placed.change(), time,
                articleId, feed, title, url, null));
        return placed;
    }

    private List<StoredStatement> candidates(String speaker) {
        List<StoredStatement> all = new ArrayList<>(pending.getOrDefault(speaker, List.of()));
        all.addAll(store.statementsBySpeaker(speaker, HISTORY));
        return all;
    }

    /** Forgets the batch's statements once it is committed (they are in the store now) or abandoned. */
    void clear() {
        pending.clear();
    }

    static String kind(Statement statement) {
        return statement.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
