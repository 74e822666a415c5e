package wirewatch.match;

import java.util.ArrayList;
import java.util.List;
import wirewatch.config.WatchSpec;
import wirewatch.feed.Article;

/** Compiles and runs rules in tests, as the pipeline does. */
final class Rules {
    private static final RuleCompiler COMPILER = new RuleCompiler();

    private Rules() {
    }

    static CompiledRule compile(WatchSpec spec) {
        try {
            return COMPILER.compile(spec);
        } catch (RuleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static CompiledRule query(String name, String query) {
        return compile(WatchSpec.query(name, query));
    }

    /** The matches of each article against the given rules. */
    static List<Match> run(List<CompiledRule> rules, Article... articles) {
        List<Match> out = new ArrayList<>();
        try (ArticleMatcher matcher = new ArticleMatcher(rules)) {
            for (Article article : articles) {
                out.addAll(matcher.match(article));
            }
        }
        return out;
    }

    /** Whether the query matches the article. */
    static boolean matches(String query, Article article) {
        return !run(List.of(query("w", query)), article).isEmpty();
    }
}
