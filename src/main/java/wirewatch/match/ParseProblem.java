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
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

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
        return new RuleException(watch, query, 1, plainMessage(query, wrapper), wrapper);
    }

    private static RuleException syntax(String watch, String query, ParseException cause, ParseException wrapper) {
        Token last = cause.currentToken;
        Token next = last.next;
        // the parser's character stream counts columns from 0
        int column = next.kind == EOF ? Math.max(1, query.length()) : next.beginColumn + 1;
        String problem = next.kind == EOF && unclosedParentheses(query)
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

    /** Whether more '(' than ')' stand outside quotes and escapes. */
    private static boolean unclosedParentheses(String query) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        return depth > 0;
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
