package wirewatch.match;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import wirewatch.config.WatchSpec;

/**
 * Compiles watch rules to Lucene queries. A rule is either a {@code query:} in Lucene's classic syntax
 * ({@code AND OR NOT + -}, {@code "phrases"}, {@code "…"~N} proximity, {@code cease*} wildcards, grouping, and
 * the fields {@code title: body: feed: author:}; a term without a field searches title and body) or the shorthand
 * {@code all}/{@code any}/{@code none}/{@code near}, which is first written out in that syntax; a {@code feeds:}
 * list adds {@code AND feed:(…)}. Words are analysed by {@link RuleAnalyzer}.
 *
 * <p>A rule that cannot be parsed, nests parentheses more than {@value Nesting#MAX_DEPTH} deep, or only excludes
 * (it would never match), or names a field articles do not have (it would silently find nothing), throws
 * {@link RuleException} naming the watch and the column. Thread-safe: each call
 * uses its own parser.
 */
public final class RuleCompiler {
    /**
     * The watch name reported for ad-hoc queries, such as those given to {@code backtest}; their messages name no
     * watch.
     */
    public static final String AD_HOC = "query";

    private final Analyzer analyzer = ArticleFields.analyzer();

    /** Compiles one watch; {@link CompiledRule#display()} is the query text that was parsed. */
    public CompiledRule compile(WatchSpec spec) throws RuleException {
        String terms = spec.isShorthand() ? Shorthand.terms(spec) : spec.query().strip();
        if (terms.isEmpty()) {
            throw new RuleException(spec.name(), terms, 1, "the rule has no term to look for", null);
        }
        String display = Shorthand.withFeeds(terms, spec.feeds(), !spec.isShorthand());
        return new CompiledRule(spec.name(), display, parse(spec.name(), display));
    }

    /** Parses an ad-hoc query; errors name the watch {@value #AD_HOC}. */
    public Query parse(String queryText) throws RuleException {
        return parse(AD_HOC, queryText.strip());
    }

    /** Compiles an ad-hoc query into a rule named {@value #AD_HOC}. */
    public CompiledRule compileQuery(String queryText) throws RuleException {
        String text = queryText.strip();
        return new CompiledRule(AD_HOC, text, parse(AD_HOC, text));
    }

    private Query parse(String watch, String text) throws RuleException {
        if (text.isEmpty()) {
            throw new RuleException(watch, text, 1, "the query is empty", null);
        }
        Nesting nesting = Nesting.of(text);
        if (nesting.isTooDeep()) {
            throw new RuleException(watch, text, nesting.tooDeepAt() + 1, "parentheses nest more than "
                    + Nesting.MAX_DEPTH + " deep", null);
        }
        Query query;
        try {
            query = parser().parse(text);
        } catch (ParseException e) {
            throw ParseProblem.of(watch, text, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw ParseProblem.tooManyTerms(watch, text, e);
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            // Lucene compiles a /regex/ while parsing and throws these unchecked when it is malformed or too big.
            throw ParseProblem.regex(watch, text, e);
        }
        UnknownFields.check(watch, text, query);
        if (onlyExcludes(query)) {
            throw new RuleException(watch, text, 1,
                    "the query only excludes terms and would never match; add a term an article must contain", null);
        }
        return query;
    }

    private QueryParser parser() {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(ArticleFields.DEFAULT, analyzer);
        // Terms are split at spaces first, so a term that analyses to several tokens is a hyphenated word:
        // "cease-fire" must mean the phrase of its parts or the joined word, never "cease OR fire".
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    private static boolean onlyExcludes(Query query) {
        if (query instanceof BooleanQuery) {
            BooleanQuery bool = (BooleanQuery) query;
            return !bool.clauses().isEmpty()
                    && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
        }
        return false;
    }
}
