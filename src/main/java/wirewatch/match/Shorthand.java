package wirewatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import wirewatch.config.WatchSpec;

/**
 * Writes a watch's shorthand ({@code all}, {@code any}, {@code none}, {@code near}) and its {@code feeds:} filter
 * as query text, so that both forms of rule go through one parser and {@code check} can show what a rule means.
 */
final class Shorthand {
    /** Characters with a meaning in the classic syntax; {@code *} and {@code ?} are kept as wildcards. */
    private static final String SYNTAX = "\\+!():^[]\"{}~|&/";

    private Shorthand() {
    }

    /** The rule's terms as query text, without the feed filter; empty when the rule has no positive term. */
    static String terms(WatchSpec spec) {
        List<String> parts = new ArrayList<>();
        if (spec.near() > 0 && spec.all().size() > 1) {
            parts.add(near(spec.all(), spec.near()));
        } else {
            spec.all().forEach(term -> parts.add(term(term)));
        }
        if (!spec.any().isEmpty()) {
            String anyOf = spec.any().stream().map(Shorthand::term).collect(Collectors.joining(" OR "));
            parts.add(spec.any().size() > 1 && (!parts.isEmpty() || !spec.none().isEmpty()) ? "(" + anyOf + ")" : anyOf);
        }
        if (parts.isEmpty()) {
            return "";
        }
        spec.none().forEach(term -> parts.add("NOT " + term(term)));
        return String.join(" AND ", parts);
    }

    /** The query restricted to the given feeds, or the query itself when the list is empty. */
    static String withFeeds(String query, List<String> feeds, boolean wrap) {
        if (feeds.isEmpty()) {
            return query;
        }
        String names = feeds.stream().map(Shorthand::term).collect(Collectors.joining(" OR "));
        String filter = feeds.size() == 1 ? "feed:" + names : "feed:(" + names + ")";
        return (wrap ? "(" + query + ")" : query) + " AND " + filter;
    }

    /** One user term as query text: a phrase when it has several words, else the word with syntax escaped. */
    static String term(String raw) {
        String term = raw.strip();
        if (term.chars().anyMatch(Character::isWhitespace) || isOperator(term)) {
            return "\"" + term.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        StringBuilder out = new StringBuilder(term.length() + 4);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (SYNTAX.indexOf(c) >= 0 || (c == '-' && i == 0)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String near(List<String> all, int words) {
        String joined = all.stream().map(String::strip).collect(Collectors.joining(" "));
        return "\"" + joined.replace("\\", "\\\\").replace("\"", "\\\"") + "\"~" + words;
    }

    private static boolean isOperator(String term) {
        String upper = term.toUpperCase(Locale.ROOT);
        return term.equals(upper) && (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT"));
    }
}
