package wirewatch.match;

import static java.util.Objects.requireNonNull;

/**
 * A watch rule that cannot be compiled. Checked, because a bad rule is the user's input and the caller (config
 * checking, {@code backtest}) reports it and stops. The message is one line naming the watch, the query, the
 * column (counting from 1) and the problem (an ad-hoc query names no watch):
 * {@code watch 'truce-talks': cannot parse query 'ceasefire AND (' at column 15: missing ')'}. A long query is shown
 * as an excerpt of {@value #EXCERPT_RADIUS} characters either side of the column, cut with {@code …}, so a rule of
 * 100,000 terms still gives a one-line message; {@link #query()} keeps the whole text.
 */
public final class RuleException extends Exception {
    private static final long serialVersionUID = 1L;
    static final int EXCERPT_RADIUS = 60;

    private final String watch;
    private final String query;
    private final int column;
    private final String problem;

    RuleException(String watch, String query, int column, String problem, Throwable cause) {
        super(message(watch, query, column, problem), cause);
        this.watch = requireNonNull(watch, "watch");
        this.query = requireNonNull(query, "query");
        this.column = column;
        this.problem = requireNonNull(problem, "problem");
    }

    /** The watch whose rule failed; {@code query} for an ad-hoc query. */
    public String watch() {
        return watch;
    }

    /** The query text as compiled (for a shorthand rule, the compiled form). */
    public String query() {
        return query;
    }

    /** Where in {@link #query()} the problem is, counting from 1. */
    public int column() {
        return column;
    }

    /** What is wrong, in a few words: {@code missing ')'}. */
    public String problem() {
        return problem;
    }

    private static String message(String watch, String query, int column, String problem) {
        // An ad-hoc query is no watch: "watch 'query'" would send the user looking for one in the config.
        return (watch.equals(RuleCompiler.AD_HOC) ? "" : "watch '" + watch + "': ") + "cannot parse query '" + excerpt(query, column) + "' at column " + column + ": "
                + problem;
    }

    /** The query around {@code column}, at most {@value #EXCERPT_RADIUS} characters either side. */
    static String excerpt(String query, int column) {
        int at = Math.min(Math.max(column - 1, 0), query.length());
        int from = Math.max(0, at - EXCERPT_RADIUS);
        int to = Math.min(query.length(), at + EXCERPT_RADIUS);
        from = Character.isLowSurrogate(charAt(query, from)) ? from + 1 : from;
        to = Character.isLowSurrogate(charAt(query, to)) ? to + 1 : to;
        return (from > 0 ? "…" : "") + query.substring(from, to) + (to < query.length() ? "…" : "");
    }

    private static char charAt(String text, int index) {
        return index < text.length() ? text.charAt(index) : ' ';
    }
}
