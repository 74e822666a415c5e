package wirewatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;

/** A rule that matched inside the {@link org.apache.lucene.monitor.Monitor}, with where its terms hit. */
final class HitsMatch extends QueryMatch {
    /** Runs each candidate rule the presearcher lets through and keeps those that match, with their hits. */
    static final MatcherFactory<HitsMatch> MATCHER = HitsMatcher::new;

    private final List<FieldHit> hits;

    HitsMatch(String queryId, List<FieldHit> hits) {
        super(queryId);
        this.hits = List.copyOf(hits);
    }

    List<FieldHit> hits() {
        return hits;
    }

    private static final class HitsMatcher extends CandidateMatcher<HitsMatch> {
        HitsMatcher(IndexSearcher searcher) {
            super(searcher);
        }

        @Override
        protected void matchQuery(String queryId, org.apache.lucene.search.Query matchQuery,
                                  Map<String, String> metadata) throws java.io.IOException {
            var found = HitFinder.find(searcher, matchQuery);
            if (found.isPresent()) {
                addMatch(new HitsMatch(queryId, found.get()), 0);
            }
        }

        /** The monitor splits a disjunction into parts; a rule whose parts both match keeps every hit. */
        @Override
        public HitsMatch resolve(HitsMatch first, HitsMatch second) {
            List<FieldHit> all = new ArrayList<>(first.hits);
            all.addAll(second.hits);
            return new HitsMatch(first.getQueryId(), all);
        }
    }
}
