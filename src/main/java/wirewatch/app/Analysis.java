package wirewatch.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;
import wirewatch.match.Match;
import wirewatch.match.Signature;
import wirewatch.match.WireCopy;
import wirewatch.statement.Aliases;
import wirewatch.statement.Extraction;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;
import wirewatch.statement.VariantMatcher;
import wirewatch.store.StoredArticle;

/**
 * The pure middle of the pipeline for one article: which watches match it and, for matched or revised articles, the
 * statements in it, with speakers resolved through the alias table that articles keep teaching. Thread-safe:
 * workers call it concurrently; the alias table is swapped atomically and what it learns waits in
 * {@link #drainLearned} for the writer to store.
 */
final class Analysis {
    private final WatchMatcher matcher;
    private final VariantMatcher variants;
    private final StatementExtractor extractor;
    private final AtomicReference<Aliases> aliases;
    private final Map<String, String> unsaved = new ConcurrentHashMap<>();

    Analysis(WatchMatcher matcher, StatementExtractor extractor, Aliases aliases, VariantMatcher variants) {
        this.matcher = matcher;
        this.variants = variants;
        this.extractor = extractor;
        this.aliases = new AtomicReference<>(aliases);
    }

    Prepared prepare(Article article, String hash, @Nullable StoredArticle previous, boolean fullText) {
        List<Match> matches = matcher.match(article);
        List<Statement> statements = matches.isEmpty() && previous == null ? List.of() : statements(article);
        Signature signature = matches.isEmpty() ? null : WireCopy.signature(article.body());
        return new Prepared(article, hash, previous, matches, statements, signature, fullText,
                ContentHash.canonicalUrl(article.url()));
    }

    List<Statement> statements(Article article) {
        Aliases before = aliases.get();
        Extraction found = extractor.read(article.body(), before);
        Map<String, String> taught = new HashMap<>(found.aliases().learned());
        taught.keySet().removeAll(before.learned().keySet());
        if (!taught.isEmpty()) {
            aliases.updateAndGet(current -> current.learn(taught));
            unsaved.putAll(taught);
        }
        // The writer compares each statement's words with earlier ones; working them out here spares it that.
        found.statements().forEach(statement -> variants.stems(statement.quote()));
        return found.statements();
    }

    /**
     * The statements with their speakers named as the alias table names them now. Articles of different feeds are
     * analysed at the same time, so a surname may have been read before another article taught the full name;
     * the writer calls this when it records the article, after every article of its batch was analysed.
     */
    List<Statement> resolve(List<Statement> statements) {
        Aliases now = aliases.get();
        List<Statement> resolved = new ArrayList<>(statements.size());
        boolean renamed = false;
        for (Statement statement : statements) {
            String speaker = statement.speaker();
            String canonical = speaker == null ? null : now.canonical(speaker).orElse(speaker);
            if (canonical == null || canonical.equals(speaker)) {
                resolved.add(statement);
            } else {
                resolved.add(new Statement(canonical, statement.quote(), statement.kind(), statement.start(),
                        statement.end()));
                renamed = true;
            }
        }
        return renamed ? resolved : statements;
    }

    /** Aliases learned since the last call, for the writer to store; each is returned once. */
    Map<String, String> drainLearned() {
        Map<String, String> drained = new HashMap<>();
        for (String alias : List.copyOf(unsaved.keySet())) {
            String canonical = unsaved.remove(alias);
            if (canonical != null) {
                drained.put(alias, canonical);
            }
        }
        return drained;
    }
}
