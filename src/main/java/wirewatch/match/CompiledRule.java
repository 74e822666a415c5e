package wirewatch.match;

import static java.util.Objects.requireNonNull;

import org.apache.lucene.search.Query;

/**
 * A watch rule ready to match: the watch's name, the rule as query text (what {@code wirewatch check} prints,
 * with a shorthand rule and any {@code feeds:} filter written out in the query language) and the Lucene query.
 * Immutable; Lucene queries are immutable too, so one instance may be shared between threads.
 */
public record CompiledRule(String watch, String display, Query query) {
    public CompiledRule {
        requireNonNull(watch, "watch");
        requireNonNull(display, "display");
        requireNonNull(query, "query");
    }
}
