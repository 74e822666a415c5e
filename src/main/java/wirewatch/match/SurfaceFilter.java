package wirewatch.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.search.Query;
import wirewatch.feed.Article;

/**
 * Turns away, before any analysis, the articles no rule can match: most of a feed's articles, whose analysis would
 * otherwise be most of matching's cost. Each word a rule requires ({@link Requirement}) is looked for in the
 * article's text as {@link RuleAnalyzer} would leave it before stemming: lower-cased, folded to ASCII, hyphens
 * dropped. An analysed word is a stretch of that text, or its stem, which the minimal English stemmer makes by
 * dropping a final {@code s} or turning {@code ies} into {@code y}; so the stem, less a final {@code y}, is always
 * found where the word is. Finding it proves nothing (Lucene still decides); not finding it proves the rule cannot
 * match. A rule with nothing known to be required, or more words than are worth searching for one by one, turns
 * the filter off. Immutable and thread-safe.
 */
final class SurfaceFilter {
    /** More distinct words than this, and searching the text for each costs more than analysing it. */
    static final int MAX_WORDS = 64;
    private static final SurfaceFilter OFF = new SurfaceFilter(List.of(), List.of(), false);

    private final List<char[]> needles;
    /** Per alternative, the indexes of the needles it requires, all of which must be found. */
    private final List<int[]> alternatives;
    private final boolean on;

    private SurfaceFilter(List<char[]> needles, List<int[]> alternatives, boolean on) {
        this.needles = needles;
        this.alternatives = alternatives;
        this.on = on;
    }

    /** The filter for these rules' queries. */
    static SurfaceFilter of(List<Query> queries) {
        List<Requirement> requirements = new ArrayList<>();
        for (Query query : queries) {
            Optional<Requirement> requirement = RequirementVisitor.of(query);
            if (requirement.isEmpty()) {
                return OFF;
            }
            requirements.add(requirement.get());
        }
        return of(requirements, MAX_WORDS);
    }

    static SurfaceFilter of(List<Requirement> requirements, int maxWords) {
        Map<String, Integer> needles = new LinkedHashMap<>();
        List<int[]> alternatives = new ArrayList<>();
        for (Requirement requirement : requirements) {
            for (Set<Requirement.Key> alternative : requirement.alternatives()) {
                alternatives.add(alternative.stream().map(SurfaceFilter::needle).filter(n -> !n.isEmpty())
                        .mapToInt(n -> needles.computeIfAbsent(n, x -> needles.size())).toArray());
            }
        }
        if (alternatives.isEmpty() || needles.size() > maxWords) {
            return OFF;
        }
        return new SurfaceFilter(needles.keySet().stream().map(String::toCharArray).toList(),
                List.copyOf(alternatives), true);
    }

    /** What to look for in the surface text; empty when the key says nothing about it (a feed's name). */
    private static String needle(Requirement.Key key) {
        if (ArticleFields.FEED.equals(key.field())) {
            return "";
        }
        String text = key.text();
        return !key.prefix() && text.endsWith("y") ? text.substring(0, text.length() - 1) : text;
    }

    /** False only when no rule can match the article. */
    boolean mayMatch(Article article) {
        if (!on) {
            return true;
        }
        Surface surface = surface(article);
        byte[] found = new byte[needles.size()];
        for (int[] alternative : alternatives) {
            if (holdsAll(surface, alternative, found)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsAll(Surface surface, int[] alternative, byte[] found) {
        for (int needle : alternative) {
            if (found[needle] == 0) {
                found[needle] = (byte) (surface.contains(needles.get(needle)) ? 1 : 2);
            }
            if (found[needle] == 2) {
                return false;
            }
        }
        return true;
    }

    /** The article's title, text and authors, lower-cased code point by code point, folded, hyphens dropped. */
    static Surface surface(Article article) {
        Surface out = new Surface(article.title().length() + article.body().length() + 16);
        out.add(article.title());
        out.add("\n");
        out.add(article.body());
        for (String author : article.authors()) {
            out.add("\n");
            out.add(author);
        }
        return out;
    }

    /** Folded text in a char array, searched in place: building a string of it cost as much as the folding. */
    static final class Surface {
        /** The most chars {@link ASCIIFoldingFilter} makes of one. */
        private static final int FOLDED = 4;
        private char[] chars;
        private int length;

        private Surface(int capacity) {
            chars = new char[capacity];
        }

        private void add(String text) {
            char[] in = text.toCharArray();
            // ASCII takes a char per char; room for more is made only when a character folds into several.
            ensure(in.length);
            for (int i = 0; i < in.length; ) {
                char c = in[i];
                if (c < 0x80) {
                    i++;
                    if (c != '-') {
                        chars[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    }
                    continue;
                }
                int code = Character.codePointAt(in, i);
                i += Character.charCount(code);
                if (code == '\u2010' || code == '\u2011' || code == RuleAnalyzer.JOINER) {
                    continue;
                }
                char[] lower = Character.toChars(Character.toLowerCase(code));
                // A char folds into at most four; what is left of the text then needs a char each.
                ensure(FOLDED * lower.length + in.length - i);
                length = ASCIIFoldingFilter.foldToASCII(lower, 0, chars, length, lower.length);
            }
        }

        /** Room for {@code more} chars after those written. */
        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length + more, chars.length + chars.length / 2));
            }
        }

        boolean contains(char[] needle) {
            int n = needle.length;
            if (n == 0) {
                return true;
            }
            char first = needle[0];
            char[] hay = chars;
            for (int i = 0, last = length - n; i <= last; i++) {
                if (hay[i] == first && matchesAt(hay, i, needle)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matchesAt(char[] hay, int at, char[] needle) {
            for (int j = 1; j < needle.length; j++) {
                if (hay[at + j] != needle[j]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
