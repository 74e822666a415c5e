package wirewatch.tui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import wirewatch.store.MatchRow;
import wirewatch.store.Store;
import wirewatch.store.StoredArticle;
import wirewatch.store.StoredStatement;

/**
 * Reads one match's detail from the store, and keeps the last one so that redrawing the same selection costs
 * nothing. Reads are bounded: a speaker's history is read {@value #HISTORY} statements deep, across watches.
 */
final class DetailLoader {
    static final int HISTORY = 60;
    private static final int VARIANTS = 6;
    private static final int BODY_CHARS = 6_000;

    private final Store store;
    private @Nullable ArticleDetail last;
    private long lastGeneration = -1;
    private boolean lastExpanded;
    /** Speakers' recent statements as of {@link #lastGeneration}: moving between articles re-reads none. */
    private final Map<String, List<StoredStatement>> histories = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<StoredStatement>> eldest) {
            return size() > 64;
        }
    };

    DetailLoader(Store store) {
        this.store = store;
    }

    /** The detail of this match as of {@code generation} (bumped whenever new events arrive). */
    ArticleDetail load(MatchRow match, boolean expanded, long generation) {
        ArticleDetail cached = last;
        if (cached != null && cached.match().equals(match) && generation == lastGeneration
                && expanded == lastExpanded) {
            return cached;
        }
        if (generation != lastGeneration) {
            histories.clear();
        }
        ArticleDetail fresh = read(match, expanded);
        last = fresh;
        lastGeneration = generation;
        lastExpanded = expanded;
        return fresh;
    }

    private ArticleDetail read(MatchRow match, boolean expanded) {
        List<StoredStatement> own = store.statementsOf(match.articleId());
        List<ArticleDetail.Said> said = new ArrayList<>();
        for (StoredStatement statement : own) {
            String speaker = statement.speaker();
            // Unattributed remarks have other renderings but no timeline: positions belong to a speaker.
            List<StoredStatement> timeline = List.of();
            if (speaker != null) {
                // By speaker across watches: the speaker index answers at once, where a per-watch filter scans.
                List<StoredStatement> history = histories.computeIfAbsent(speaker,
                        name -> store.statementsBySpeaker(name, HISTORY));
                timeline = positions(withOwn(history, own, speaker), match.articleId());
            }
            said.add(new ArticleDetail.Said(statement, renderings(statement), timeline));
        }
        String body = expanded ? store.article(match.articleId()).map(DetailLoader::body).orElse(null) : null;
        return new ArticleDetail(match, body, said, store.revisionsOf(match.articleId()));
    }

    private static String body(StoredArticle stored) {
        String text = stored.article().bodyAfterTitle();
        if (text.length() <= BODY_CHARS) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(BODY_CHARS - 1)) ? BODY_CHARS - 1 : BODY_CHARS;
        return text.substring(0, cut) + "…";
    }

    /**
     * The remark's renderings, oldest first: its first rendering, which the others are compared with, the
     * renderings of other articles, and this statement. None when no other article rendered the remark.
     */
    private List<StoredStatement> renderings(StoredStatement statement) {
        List<StoredStatement> group = store.statementsInGroup(statement.group(), VARIANTS + 2);
        if (group.stream().allMatch(other -> other.articleId().equals(statement.articleId()))) {
            return List.of();
        }
        List<StoredStatement> shown = new ArrayList<>();
        for (StoredStatement other : group) {
            if (shown.isEmpty() || other.id() == statement.id() || !other.articleId().equals(statement.articleId())) {
                shown.add(other);
            }
        }
        if (shown.stream().noneMatch(other -> other.id() == statement.id())) {
            shown.add(statement);
        }
        return shown;
    }

    /** The speaker's history with this article's statements of the speaker, which an old article's may lack. */
    private static List<StoredStatement> withOwn(List<StoredStatement> history, List<StoredStatement> own,
                                                 String speaker) {
        List<StoredStatement> all = new ArrayList<>(history);
        for (StoredStatement statement : own) {
            if (Objects.equals(statement.speaker(), speaker)
                    && history.stream().noneMatch(h -> h.id() == statement.id())) {
                all.add(statement);
            }
        }
        return all;
    }

    /**
     * One statement per remark, newest first: the speaker's distinct positions. A remark the article renders is
     * shown in the article's own words, so that only its own statements are marked as the article's; any other by
     * its latest rendering that its article still carries, or by its latest when edits removed every rendering.
     */
    static List<StoredStatement> positions(List<StoredStatement> history, String articleId) {
        Map<String, StoredStatement> byGroup = new LinkedHashMap<>();
        for (StoredStatement statement : history) {
            byGroup.merge(statement.group(), statement, (kept, other) -> better(kept, other, articleId));
        }
        List<StoredStatement> positions = new ArrayList<>(byGroup.values());
        positions.sort(Comparator.comparing(StoredStatement::time).reversed());
        return positions;
    }

    /** Of two renderings of a remark, {@code kept} the newer, the one that stands for it in the timeline. */
    private static StoredStatement better(StoredStatement kept, StoredStatement other, String articleId) {
        boolean keptHere = kept.articleId().equals(articleId);
        if (keptHere != other.articleId().equals(articleId)) {
            return keptHere ? kept : other;
        }
        return kept.isRemoved() && !other.isRemoved() ? other : kept;
    }
}
