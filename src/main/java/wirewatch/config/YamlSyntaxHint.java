package wirewatch.config;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the YAML parser's account of a syntax error (what it was reading, and the problem it met) into one short
 * line and a fix a user can act on. Unknown wordings fall back to the parser's own words and a general fix.
 */
record YamlSyntaxHint(String context, String problem) {
    YamlSyntaxHint(@Nullable String context, String problem) {
        this.context = context == null ? "" : context;
        this.problem = problem;
    }

    /**
     * Whether the error is best shown where the parser's context began (an unclosed quote or list) rather than
     * where it gave up (the end of the file).
     */
    boolean pointsAtContext() {
        return problem.contains("end of stream") || problem.contains("<stream end>");
    }

    /** The problem on one line. */
    String describe() {
        if (mentionsTab()) {
            return "a tab character cannot indent YAML";
        }
        if (problem.contains("expected <block end>")) {
            return "this line is indented differently from the entry it belongs to";
        }
        if (pointsAtContext() && context.contains("quoted")) {
            return "a quote opened here is never closed";
        }
        if (pointsAtContext() && context.contains("flow sequence")) {
            return "a list opened here with '[' is never closed";
        }
        if (pointsAtContext() && context.contains("flow mapping")) {
            return "a map opened here with '{' is never closed";
        }
        return problem.replaceAll("\\s+", " ").strip();
    }

    /** What to do about it. */
    String fix() {
        String p = problem.toLowerCase(Locale.ROOT);
        if (mentionsTab()) {
            return "indent with spaces, not tabs";
        }
        if (p.contains("expected <block end>")) {
            return "check the indentation: the keys of one entry must line up under each other";
        }
        if (p.contains("mapping values are not allowed")) {
            return "quote a value that contains ': ', e.g. query: 'a: b'";
        }
        if (p.contains("could not find expected ':'")) {
            return "add ': ' after the key, or quote a value that spans lines";
        }
        if (p.contains("expected ',' or ']'")) {
            return "close the list with ']'";
        }
        if (p.contains("expected ',' or '}'")) {
            return "close the map with '}'";
        }
        if (context.contains("quoted")) {
            return "close the quote that opens this value";
        }
        return "fix the YAML at this point (indentation, quotes and ': ' after each key)";
    }

    private boolean mentionsTab() {
        return problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)");
    }
}
