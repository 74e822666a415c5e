package wirewatch.match;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.AND;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.COLON;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.EOF;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.MINUS;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.NOT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.OR;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.PLUS;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RPAREN;

import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns the classic query parser's exception into a column and a short problem a user can act on
 * ({@code missing ')'}, {@code nothing after 'AND'}) instead of the parser's list of expected tokens.
 */
final class ParseProblem {
    private static final Set<Integer> OPERATORS = Set.of(AND, OR, NOT, PLUS, MINUS, COLON);
    private static final String PREFIX = "Cannot parse '";

    private ParseProblem() {
    }

    static RuleException of(String watch, String query, ParseException wrapper) {
        Throwable cause = wrapper.getCause();
        if (cause instanceof ParseException && ((ParseException) cause).currentToken != null) {
            return syntax(watch, query, (ParseException) cause, wrapper);
        }
        if (cause instanceof TokenMgrError) {
            return lexical(watch, query, wrapper);
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return tooManyTerms(watch, query, wrapper);
        }
        return new RuleException(watch, query, 1, plainMessage(query, wrapper), wrapper);
    }

    private static RuleException syntax(String watch, String query, ParseException cause, ParseException wrapper) {
        Token last = cause.currentToken;
        Token next = last.next;
        // the parser's character stream counts columns from 0
        int column = next.kind == EOF ? Math.max(1, query.length()) : next.beginColumn + 1;
        String problem = next.kind == EOF && Nesting.of(query).isUnclosed()
                ? "missing ')'"
                : describe(last, next, cause.expectedTokenSequences);
        return new RuleException(watch, query, column, problem, wrapper);
    }

    private static String describe(Token last, Token next, int[][] expected) {
        if (next.kind == EOF) {
            if (expects(expected, RPAREN)) {
                return "missing ')'";
            }
            if (OPERATORS.contains(last.kind)) {
                return "nothing after '" + last.image + "'";
            }
            return "unexpected end of query";
        }
        if (next.kind == RPAREN) {
            return "')' without a matching '('";
        }
        if (OPERATORS.contains(last.kind) && OPERATORS.contains(next.kind)) {
            return "'" + next.image + "' right after '" + last.image + "'";
        }
        return "unexpected '" + next.image + "'";
    }

    private static boolean expects(int[][] sequences, int kind) {
        return Arrays.stream(sequences).anyMatch(seq -> seq.length > 0 && seq[0] == kind);
    }

    /** The lexer fails on an unclosed quote (or a trailing backslash), at the end of the text. */
    private static RuleException lexical(String watch, String query, ParseException wrapper) {
        int quote = lastUnclosedQuote(query);
        if (quote >= 0) {
            return new RuleException(watch, query, quote + 1, "missing closing '\"'", wrapper);
        }
        return new RuleException(watch, query, Math.max(1, query.length()), "unexpected end of query", wrapper);
    }

    private static int lastUnclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    /** Lucene caps the clauses of one query; the rule is refused as a whole, so the column is 1. */
    static RuleException tooManyTerms(String watch, String query, Exception e) {
        return new RuleException(watch, query, 1, "more than " + IndexSearcher.getMaxClauseCount()
                + " terms in one rule", e);
    }

    /**
     * A /regex/ term that Lucene could not compile: the problem is placed at the first regex literal that fails on
     * its own, or at column 1 when none does (the error came from elsewhere in the query).
     */
    static RuleException regex(String watch, String query, RuntimeException e) {
        String problem = e instanceof TooComplexToDeterminizeException
                ? "the regular expression is too complex; simplify it"
                : "invalid regular expression (" + e.getMessage() + ")";
        for (int start = query.indexOf('/'); start >= 0; start = query.indexOf('/', start + 1)) {
            int end = regexEnd(query, start);
            if (end > start && fails(query.substring(start + 1, end))) {
                return new RuleException(watch, query, start + 1, problem, e);
            }
            start = Math.max(start, end);
        }
        return new RuleException(watch, query, 1, e instanceof TooComplexToDeterminizeException ? problem
                : "cannot build the query (" + e.getMessage() + ")", e);
    }

    /** The index of the '/' closing the regex opened at {@code start}, or -1; {@code \/} does not close it. */
    private static int regexEnd(String query, int start) {
        for (int i = start + 1; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                return i;
            }
        }
        return -1;
    }

    private static boolean fails(String regex) {
        try {
            new RegexpQuery(new Term(ArticleFields.DEFAULT[0], regex));
            return false;
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            return true;
        }
    }

    /** Errors raised while building the query (a leading wildcard, say) carry only a message. */
    private static String plainMessage(String query, ParseException wrapper) {
        String message = String.valueOf(wrapper.getMessage());
        String prefix = PREFIX + query + "': ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
