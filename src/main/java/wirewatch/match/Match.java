package wirewatch.match;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One watch matched one article.
 *
 * @param watch   the watch's name
 * @param snippet plain text of about 30 words where the matched terms meet; {@code …} marks a cut at either end
 * @param terms   the distinct query terms that hit, analysed as the rule sees them (lower case, accents folded,
 *                plural {@code s} dropped), in order of first appearance; negated terms never appear
 * @param marks   [start, end) offsets in {@code snippet} of every occurrence of a matched term, in order
 */
public record Match(String watch, String snippet, List<String> terms, List<Span> marks) {
    public Match {
        requireNonNull(watch, "watch");
        requireNonNull(snippet, "snippet");
        terms = List.copyOf(terms);
        marks = List.copyOf(marks);
        for (Span mark : marks) {
            if (mark.end() > snippet.length()) {
                throw new IllegalArgumentException("mark " + mark + " lies outside a snippet of " + snippet.length()
                        + " chars");
            }
        }
    }
}
