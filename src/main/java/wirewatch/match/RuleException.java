package wirewatch.match;

import static java.util.Objects.requireNonNull;

/**
 * A watch rule that cannot be compiled. Checked, because a bad rule is the user's input and the caller (config
 * checking, {@code backtest}) reports it and stops. The message is one line naming the watch, the query, the
 * column (counting from 1) and the problem:
 * {@code watch 'truce-talks': cannot parse query 'ceasefire AND (' at column 15: missing ')'}.
 */
public final class RuleException extends Exception {
    private static final long serialVersionUID = 1L;

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
        return "watch '" + watch + "': cannot parse query '" + query + "' at column " + column + ": " + problem;
    }
}
