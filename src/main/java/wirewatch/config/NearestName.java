package wirewatch.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was meant to be, by edit distance (insertions, deletions, substitutions and
 * swaps of neighbours each count one), ignoring case. Short names allow one edit, longer ones two or three.
 */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code wrong}, if one is close enough to be a likely typo. */
    public static Optional<String> to(String wrong, Collection<String> known) {
        String typed = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed(candidate) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "did you mean 'every'?" when a known name is close, else {@code otherwise}. */
    static String suggest(String wrong, Collection<String> known, String otherwise) {
        return to(wrong, known).map(name -> "did you mean '" + name + "'?").orElse(otherwise);
    }

    private static int allowed(String candidate) {
        int length = candidate.length();
        return length <= 3 ? 1 : length <= 6 ? 2 : 3;
    }

    /** Optimal string alignment distance: Levenshtein plus transposition of adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
