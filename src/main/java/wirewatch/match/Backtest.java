package wirewatch.match;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import wirewatch.feed.Article;

/**
 * Runs one rule over stored articles, as {@code wirewatch backtest} does to let a user tune a rule before saving
 * it: each article is analysed into a small in-memory index and the rule runs against it, with the same analysis,
 * hits and snippets as live matching. A few thousand articles take a fraction of a second.
 *
 * <p>Not thread-safe: it reuses one in-memory index; use one instance per thread.
 */
public final class Backtest {
    private final CompiledRule rule;
    private final Set<String> terms;
    private final Analyzer analyzer = ArticleFields.analyzer();
    private final MemoryIndex index = ArticleFields.newIndex(analyzer);
    private final MatchBuilder builder = new MatchBuilder();

    /** A matched article and its match. */
    public record Found(Article article, Match match) {
        public Found {
            requireNonNull(article, "article");
            requireNonNull(match, "match");
        }
    }

    public Backtest(CompiledRule rule) {
        this.rule = requireNonNull(rule, "rule");
        this.terms = RuleTerms.of(rule.query());
    }

    /** The articles the rule matches, in the order given, each with its match. */
    public List<Found> run(Iterable<Article> articles) {
        List<Found> found = new ArrayList<>();
        for (Article article : articles) {
            test(article).ifPresent(match -> found.add(new Found(article, match)));
        }
        return found;
    }

    /** The rule's match in one article, if it matches. */
    public Optional<Match> test(Article article) {
        index.reset();
        ArticleFields.index(article, index, analyzer);
        try {
            return HitFinder.find(index.createSearcher(), rule.query())
                    .map(hits -> builder.build(rule.watch(), terms, new ArticleText(article), hits));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search article " + article.id() + " in memory", e);
        }
    }
}
