package wirewatch.match;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words a rule looks for in title and body, as analysed terms; excluded words ({@code NOT}, {@code -}) are
 * left out, since a match never shows them.
 */
final class RuleTerms {
    private RuleTerms() {
    }

    static Set<String> of(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new Collector(terms));
        return Set.copyOf(terms);
    }

    private static final class Collector extends QueryVisitor {
        private final Set<String> terms;

        Collector(Set<String> terms) {
            this.terms = terms;
        }

        @Override
        public boolean acceptField(String field) {
            return ArticleFields.TITLE.equals(field) || ArticleFields.BODY.equals(field);
        }

        @Override
        public void consumeTerms(Query query, Term... found) {
            for (Term term : found) {
                terms.add(term.text());
            }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
        }
    }
}
