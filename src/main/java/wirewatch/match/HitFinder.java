package wirewatch.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Runs one query against a one-article index and, when it matches, lists where its terms hit. Uses Lucene's
 * matches API, which reports only the clauses that made the match: excluded terms never appear, and a phrase
 * reports each of its words.
 */
final class HitFinder {
    private HitFinder() {
    }

    /** The query's hits in the single document of {@code searcher}, or empty when it does not match. */
    static Optional<List<FieldHit>> find(IndexSearcher searcher, Query query) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null || scorer.iterator().nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
            return Optional.empty();
        }
        int doc = scorer.docID();
        List<FieldHit> hits = new ArrayList<>();
        Matches matches = weight.matches(leaf, doc);
        if (matches != null) {
            for (String field : matches) {
                collect(field, matches.getMatches(field), hits);
            }
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
        String term = leaf instanceof TermQuery ? ((TermQuery) leaf).getTerm().text() : "";
        hits.add(new FieldHit(field, it.startOffset(), it.endOffset(), term));
    }
}
