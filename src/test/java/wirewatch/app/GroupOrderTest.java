package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.statement.Aliases;
import wirewatch.statement.Extraction;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;
import wirewatch.statement.VariantMatcher;
import wirewatch.store.Batch;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoredStatement;

/**
 * The writer records feeds in the order they finish: the variant groups the store ends with must not depend on it.
 * Five outlets' articles on one story are recorded one batch each, in shuffled orders, into fresh stores.
 */
class GroupOrderTest {
    private static final Instant NOW = Instant.parse("2025-03-14T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void groupsDoNotDependOnTheOrderArticlesAreRecordedIn() throws IOException {
        Map<String, List<Statement>> story = ceasefireStory();
        Set<Set<String>> first = null;
        for (long seed = 1; seed <= 6; seed++) {
            Set<Set<String>> groups = record(story, new Random(seed), dir.resolve("order-" + seed + ".db"));
            assertTrue(groups.stream().anyMatch(g -> g.size() > 1), "no renderings were grouped");
            if (first == null) {
                first = groups;
            } else {
                Set<Set<String>> onlyFirst = new HashSet<>(first);
                onlyFirst.removeAll(groups);
                Set<Set<String>> onlyThis = new HashSet<>(groups);
                onlyThis.removeAll(first);
                assertEquals(onlyFirst, onlyThis, "groups that differ after recording in order " + seed);
            }
        }
    }

    /** The shared ceasefire corpus's statements, by article, as the extractor reads them in file order. */
    private static Map<String, List<Statement>> ceasefireStory() throws IOException {
        Path corpus = Path.of(System.getProperty("wirewatch.shared", "../shared")).resolve("corpus/ceasefire");
        assumeTrue(Files.exists(corpus.resolve("000.txt")), "no shared corpus at " + corpus);
        StatementExtractor extractor = new StatementExtractor();
        Aliases aliases = Aliases.none();
        Map<String, List<Statement>> story = new LinkedHashMap<>();
        for (String file : List.of("000", "001", "002", "003", "004")) {
            Extraction x = extractor.read(Files.readString(corpus.resolve(file + ".txt"), StandardCharsets.UTF_8),
                    aliases);
            aliases = x.aliases();
            story.put(file, x.statements());
        }
        return story;
    }

    /**
     * Records the articles into a fresh store, one batch each, the articles and each article's statements in an
     * order drawn from {@code random}, as {@link Recorder} does; returns the groups as sets of statement keys.
     */
    private static Set<Set<String>> record(Map<String, List<Statement>> story, Random random, Path db) {
        List<String> order = new ArrayList<>(story.keySet());
        Collections.shuffle(order, random);
        try (SqliteStore store = SqliteStore.open(db)) {
            StatementTracker tracker = new StatementTracker(store, new VariantMatcher());
            StatementRecorder statements = new StatementRecorder(tracker);
            for (String id : order) {
                Article article = new Article(id, "outlet-" + id, id, "http://127.0.0.1:9/" + id, "Ceasefire " + id,
                        "", NOW, List.of());
                Batch batch = new Batch().article(new Batch.ArticleWrite(article, id, null, NOW, null, false));
                List<Statement> said = new ArrayList<>(story.get(id));
                Collections.shuffle(said, random);
                for (Statement s : said) {
                    statements.record(statements.place(s, article, NOW), article, List.of(), NOW, batch);
                }
                statements.settle(batch);
                store.commit(batch);
                tracker.committed();
            }
            Map<String, Set<String>> groups = new HashMap<>();
            for (StoredStatement s : store.statements(null, null, 0, 10_000)) {
                groups.computeIfAbsent(s.group(), g -> new TreeSet<>()).add(s.articleId() + " " + s.kind().json()
                        + " " + s.quote());
            }
            return Set.copyOf(groups.values());
        }
    }
}
