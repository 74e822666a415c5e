package wirewatch.tui;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventJson;
import wirewatch.event.RevisionEvent;
import wirewatch.statement.Speakers;
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
    private static final System.Logger LOG = System.getLogger(DetailLoader.class.getName());

    private final Store store;
    private @Nullable ArticleDetail last;
    private long lastGeneration = -1;
    private boolean lastExpanded;
    /**
     * Speakers' recent statements as of {@link #lastGeneration}, by {@link Speakers#key} (the empty key holds the
     * unattributed ones): moving between articles re-reads none.
     */
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
            // By speaker across watches: the speaker index answers at once, where a per-watch filter scans.
            List<StoredStatement> history = histories.computeIfAbsent(Speakers.key(speaker), key -> speaker == null
                    ? store.unattributedStatements(HISTORY) : store.statementsBySpeaker(speaker, HISTORY));
            // Unattributed remarks have other renderings but no timeline: positions belong to a speaker.
            List<StoredStatement> timeline = speaker == null ? List.of() : positions(history);
            said.add(new ArticleDetail.Said(statement, variants(statement, history), timeline));
        }
        String body = expanded ? store.article(match.articleId()).map(DetailLoader::body).orElse(null) : null;
        return new ArticleDetail(match, body, said, revisions(match.articleId()));
    }

    private static String body(StoredArticle stored) {
        String text = stored.article().body();
        return text.length() > BODY_CHARS ? text.substring(0, BODY_CHARS) + "…" : text;
    }

    private static List<StoredStatement> variants(StoredStatement statement, List<StoredStatement> history) {
        List<StoredStatement> found = new ArrayList<>();
        for (StoredStatement other : history) {
            if (other.group().equals(statement.group()) && other.id() != statement.id()
                    && !other.articleId().equals(statement.articleId()) && found.size() < VARIANTS) {
                found.add(other);
            }
        }
        return found;
    }

    /** One statement per remark, newest first: the speaker's distinct positions. */
    static List<StoredStatement> positions(List<StoredStatement> history) {
        Map<String, StoredStatement> byGroup = new LinkedHashMap<>();
        for (StoredStatement statement : history) {
            byGroup.putIfAbsent(statement.group(), statement);
        }
        return new ArrayList<>(byGroup.values());
    }

    private List<List<RevisionEvent.Change>> revisions(String articleId) {
        List<List<RevisionEvent.Change>> found = new ArrayList<>();
        for (String json : store.revisionsOf(articleId)) {
            try {
                found.add(List.of(EventJson.mapper().readValue(json, RevisionEvent.Change[].class)));
            } catch (JsonProcessingException e) {
                LOG.log(System.Logger.Level.WARNING, "unreadable revision of article " + articleId, e);
            }
        }
        return found;
    }
}
