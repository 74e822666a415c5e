package wirewatch.match;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import wirewatch.config.NearestName;

/**
 * Refuses a rule that names a field articles do not have ({@code titel:ceasefire}): Lucene would search the
 * empty field and the rule would silently never match.
 */
final class UnknownFields {
    private UnknownFields() {
    }

    static void check(String watch, String text, Query query) throws RuleException {
        Set<String> named = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                named.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // The default skips NOT clauses, and a misspelt field there would exclude nothing.
                return this;
            }
        });
        for (String field : named) {
            if (!ArticleFields.NAMES.contains(field)) {
                String meant = NearestName.to(field, ArticleFields.NAMES).map(f -> " (did you mean '" + f + "'?)")
                        .orElse("");
                throw new RuleException(watch, text, column(text, field), "unknown field '" + field + "'" + meant
                        + "; the fields are " + String.join(", ", ArticleFields.NAMES)
                        + ", and a word with ':' in it goes in quotes", null);
            }
        }
    }

    /** Where the field is written, counting from 1; 1 when it cannot be found (written with escapes). */
    private static int column(String text, String field) {
        Matcher at = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(field) + "\\s*:").matcher(text);
        return at.find() ? at.start() + 1 : 1;
    }
}
