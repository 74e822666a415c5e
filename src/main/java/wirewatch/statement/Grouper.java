package wirewatch.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Assigns variant groups to statements in arrival order. A statement that is a variant of an earlier one (same
 * speaker, similar enough by {@link VariantMatcher}) joins the group of the best match and is a {@code variant};
 * otherwise it starts a group and is {@code new}. A group's id is derived from its first member's speaker and words,
 * so replaying the same statements gives the same ids. Pure; not thread-safe only in that it caches word stems for
 * the duration of one call.
 */
public final class Grouper {
    /** Share of a newcomer's (weighted) words a group must already hold for it to join that group. */
    static final double UNION_THRESHOLD = 0.4;
    private final VariantMatcher matcher;

    public Grouper(VariantMatcher matcher) {
        this.matcher = matcher;
    }

    /** Groups the statements, given in arrival order; the result is in the same order. */
    public List<Grouped> group(List<Statement> statements) {
        List<Grouped> out = new ArrayList<>(statements.size());
        Map<Statement, Set<String>> stems = new IdentityHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Statement s : statements) {
            Set<String> mine = stems.computeIfAbsent(s, x -> matcher.stems(x.quote()));
            mine.forEach(stem -> df.merge(stem, 1, Integer::sum));
            out.add(place(s, out, stems, weights(df, out.size() + 1)));
        }
        return out;
    }

    /** Places one statement after the ones already grouped (given in arrival order). */
    public Grouped place(Statement statement, List<Grouped> earlier) {
        Map<Statement, Set<String>> stems = new IdentityHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (Grouped g : earlier) {
            stems.computeIfAbsent(g.statement(), x -> matcher.stems(x.quote())).forEach(
                    stem -> df.merge(stem, 1, Integer::sum));
        }
        matcher.stems(statement.quote()).forEach(stem -> df.merge(stem, 1, Integer::sum));
        return place(statement, earlier, stems, weights(df, earlier.size() + 1));
    }

    /** Inverse document frequency over the statements seen: a story's common words weigh less. */
    private static ToDoubleFunction<String> weights(Map<String, Integer> df, int statements) {
        return stem -> Math.log(1.0 + (double) statements / df.getOrDefault(stem, 1));
    }

    private Grouped place(Statement s, List<Grouped> earlier, Map<Statement, Set<String>> stems,
                          ToDoubleFunction<String> weight) {
        Set<String> mine = stems.computeIfAbsent(s, x -> matcher.stems(x.quote()));
        Grouped best = null;
        double bestScore = VariantMatcher.THRESHOLD;
        for (Grouped g : earlier) {
            Statement other = g.statement();
            if (!other.speaker().equalsIgnoreCase(s.speaker())) {
                continue;
            }
            Set<String> theirs = stems.computeIfAbsent(other, x -> matcher.stems(x.quote()));
            // A one-word quote ("detailed information") is contained in too much to stand for a longer remark.
            if (theirs.size() < 2 && mine.size() > 2) {
                continue;
            }
            double score = VariantMatcher.similarity(mine, theirs, weight);
            if (score >= bestScore) {
                best = g;
                bestScore = score;
            }
        }
        if (best == null) {
            // A remark may be worded after several earlier renderings at once: compare with each group's words.
            Map<String, Set<String>> unions = new java.util.LinkedHashMap<>();
            Map<String, Grouped> last = new HashMap<>();
            for (Grouped g : earlier) {
                if (g.statement().speaker().equalsIgnoreCase(s.speaker())) {
                    unions.computeIfAbsent(g.group(), x -> new java.util.HashSet<>()).addAll(stems.get(g.statement()));
                    last.put(g.group(), g);
                }
            }
            double bestUnion = UNION_THRESHOLD;
            for (Map.Entry<String, Set<String>> e : unions.entrySet()) {
                double c = VariantMatcher.containment(mine, e.getValue(), weight);
                if (c >= bestUnion) {
                    bestUnion = c;
                    best = last.get(e.getKey());
                }
            }
        }
        if (best == null) {
            return new Grouped(s, idOf(s), Grouped.Change.NEW, null);
        }
        return new Grouped(s, best.group(), Grouped.Change.VARIANT, best.statement());
    }

    /** A stable 20-hex-digit id from the speaker and the quote's words. */
    static String idOf(Statement s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(s.speaker().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(s.quote().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
