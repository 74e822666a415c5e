package wirewatch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import wirewatch.feed.Article;

/**
 * Matches articles against a fixed set of compiled watch rules, giving one {@link Match} per watch that matches.
 *
 * <p>A {@link SurfaceFilter} first turns away, unanalysed, the articles that lack a word every rule needs. Each
 * other article is analysed once, into a one-article in-memory index. A {@link RuleIndex} finds the rules the
 * article could match from the words it holds (each rule is indexed by the words it requires), so the cost
 * grows with the rules an article could match, not with all rules; only those candidates run against the index,
 * and only the rules that match get a snippet.
 *
 * <p>Thread-safe: {@link #match} may be called from many threads at once; each call borrows an in-memory index
 * and candidate state from a pool, so they are allocated once per concurrent caller, not once per article. To
 * change the rules, build a new matcher. {@link #close()} releases the pooled state.
 */
public final class ArticleMatcher implements AutoCloseable {
    private final List<CompiledRule> rules;
    private final List<Set<String>> terms;
    /** Per rule, its query rewritten once where that does not depend on the article; else the query itself. */
    private final List<Query> prepared;
    private final boolean[] rewritten;
    private final RuleIndex index;
    private final SurfaceFilter surface;
    private final Analyzer analyzer = ArticleFields.analyzer();
    private final MatchBuilder builder = new MatchBuilder();
    private final ConcurrentLinkedQueue<Scratch> pool = new ConcurrentLinkedQueue<>();

    /** Indexes the rules; watch names must be distinct. */
    public ArticleMatcher(List<CompiledRule> compiled) {
        this.rules = List.copyOf(byWatch(compiled).values());
        List<Set<String>> ruleTerms = new ArrayList<>(rules.size());
        rules.forEach(rule -> ruleTerms.add(RuleTerms.of(rule.query())));
        this.terms = List.copyOf(ruleTerms);
        this.index = new RuleIndex(rules.stream().map(CompiledRule::query).toList());
        this.surface = SurfaceFilter.of(rules.stream().map(CompiledRule::query).toList());
        this.rewritten = new boolean[rules.size()];
        List<Query> queries = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Optional<Query> once = HitFinder.rewriteOnce(rules.get(i).query());
            rewritten[i] = once.isPresent();
            queries.add(once.orElse(rules.get(i).query()));
        }
        this.prepared = List.copyOf(queries);
    }

    /** The matches of this article, one per matching watch, in the order the rules were given. */
    public List<Match> match(Article article) {
        if (!surface.mayMatch(article)) {
            return List.of();
        }
        Scratch scratch = Optional.ofNullable(pool.poll()).orElseGet(this::newScratch);
        try {
            return match(article, scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match article " + article.id() + " in memory", e);
        } finally {
            pool.offer(scratch);
        }
    }

    private List<Match> match(Article article, Scratch scratch) throws IOException {
        MemoryIndex memory = scratch.memory;
        memory.reset();
        ArticleFields.index(article, memory, analyzer);
        IndexSearcher searcher = memory.createSearcher();
        LeafReader reader = searcher.getIndexReader().leaves().get(0).reader();
        FixedBitSet candidates = index.candidates(reader, scratch.candidates);
        List<Match> matches = new ArrayList<>();
        ArticleText text = null;
        BitSetIterator each = new BitSetIterator(candidates, 0);
        for (int rule = each.nextDoc(); rule != DocIdSetIterator.NO_MORE_DOCS; rule = each.nextDoc()) {
            Query query = prepared.get(rule);
            Optional<List<FieldHit>> hits = rewritten[rule] ? HitFinder.findRewritten(searcher, query)
                    : HitFinder.find(searcher, query);
            if (hits.isPresent()) {
                text = text == null ? new ArticleText(article) : text;
                matches.add(builder.build(rules.get(rule).watch(), terms.get(rule), text, hits.get()));
            }
        }
        return matches;
    }

    /** How many rules this matcher holds. */
    public int size() {
        return rules.size();
    }

    @Override
    public void close() {
        pool.clear();
    }

    private Scratch newScratch() {
        return new Scratch(ArticleFields.newIndex(analyzer), index.newCandidates());
    }

    private static Map<String, CompiledRule> byWatch(List<CompiledRule> compiled) {
        Map<String, CompiledRule> out = new LinkedHashMap<>();
        for (CompiledRule rule : compiled) {
            if (out.putIfAbsent(rule.watch(), rule) != null) {
                throw new IllegalArgumentException("two rules for watch '" + rule.watch() + "'");
            }
        }
        return out;
    }

    /** What one call to {@link #match} works in; used by one thread at a time. */
    private record Scratch(MemoryIndex memory, RuleIndex.Candidates candidates) {
    }
}
