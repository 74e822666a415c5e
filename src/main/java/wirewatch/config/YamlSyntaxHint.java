package wirewatch.config;

import java.util.Locale;

/**
 * Turns the YAML parser's description of a syntax error into one short line and a fix a user can act on. The
 * parser's wording is stable across SnakeYAML releases; an unknown wording falls back to a general fix.
 */
final class YamlSyntaxHint {
    private YamlSyntaxHint() {
    }

    /** The problem on one line, with tab characters named rather than printed. */
    static String describe(String problem) {
        if (mentionsTab(problem)) {
            return "a tab character cannot indent YAML";
        }
        return problem.replaceAll("\\s+", " ").strip();
    }

    /** What to do about it. */
    static String fix(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (mentionsTab(problem)) {
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
        if (p.contains("end of stream") || p.contains("quoted scalar")) {
            return "close the quote that opens this value";
        }
        return "fix the YAML at this point (indentation, quotes and ': ' after each key)";
    }

    private static boolean mentionsTab(String problem) {
        return problem.contains("\\t") || problem.contains("\t") || problem.contains("(TAB)");
    }
}
