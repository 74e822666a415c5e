package wirewatch.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Runs one query against a one-article index and, when it matches, lists where its terms hit in the text fields
 * ({@link ArticleFields#TEXT}): a hit in {@code feed} or {@code author} decides a match but has no place to be
 * shown. Uses Lucene's matches API, which reports only the clauses that made the match: excluded terms never
 * appear, and a phrase reports each of its words.
 */
final class HitFinder {
    private HitFinder() {
    }

    /** The query's hits in the single document of {@code searcher}, or empty when it does not match. */
    static Optional<List<FieldHit>> find(IndexSearcher searcher, Query query) throws IOException {
        return findRewritten(searcher, searcher.rewrite(query));
    }

    /**
     * The query rewritten once for every article when its rewriting does not depend on the article's words (no
     * wildcard, no range); then {@link #findRewritten} may take it as it is. Rewriting anew for each article cost
     * a fifth of matching time with 10,000 rules.
     */
    static Optional<Query> rewriteOnce(Query query) {
        IndexFree check = new IndexFree();
        query.visit(check);
        if (!check.free) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IndexSearcher(new MultiReader()).rewrite(query));
        } catch (IOException e) {
            throw new UncheckedIOException("rewriting against an empty index cannot fail", e);
        }
    }

    /** As {@link #find}, for a query already rewritten for this searcher. */
    static Optional<List<FieldHit>> findRewritten(IndexSearcher searcher, Query rewritten) throws IOException {
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        // The matches of a document are null exactly when the query does not match it.
        Matches matches = weight.matches(leaf, 0);
        if (matches == null) {
            return Optional.empty();
        }
        List<FieldHit> hits = new ArrayList<>();
        // Asking for the text fields by name: iterating the fields of a match built a stream per call.
        for (String field : ArticleFields.TEXT) {
            collect(field, matches.getMatches(field), hits);
        }
        return Optional.of(hits);
    }

    private static void collect(String field, MatchesIterator it, List<FieldHit> hits) throws IOException {
        if (it == null) {
            return;
        }
        while (it.next()) {
            MatchesIterator words = it.getSubMatches();
            if (words == null) {
                add(field, it, hits);
            } else {
                while (words.next()) {
                    add(field, words, hits);
                }
            }
        }
    }

    private static void add(String field, MatchesIterator it, List<FieldHit> hits) throws IOException {
        if (it.startOffset() < 0) {
            return;
        }
        Query leaf = it.getQuery();
        // Terms are analysed text, so valid UTF-8: Term#text() would decode them with a new CharsetDecoder.
        String term = leaf instanceof TermQuery ? ((TermQuery) leaf).getTerm().bytes().utf8ToString() : "";
        hits.add(new FieldHit(field, it.startOffset(), it.endOffset(), term));
    }

    /** Whether a query holds only parts whose rewriting ignores the index: terms, phrases, boolean logic. */
    private static final class IndexFree extends QueryVisitor {
        private boolean free = true;

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            free = false;
        }

        @Override
        public void visitLeaf(Query query) {
            free = false;
        }

        @Override
        public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
        }
    }
}
