package wirewatch.statement;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How many of a story's remarks use each word: the document frequency of stems over variant groups, each group
 * counted once however many renderings it has, so a remark many outlets report does not make its own words common.
 * Kept up to date as renderings come and go, so weighing the words of a new statement does not rescan the story.
 * Not thread-safe.
 */
public final class WordFrequencies {
    /** Per group, how many of its renderings hold each stem. */
    private final Map<String, Map<String, Integer>> groups = new HashMap<>();
    /** Per stem, how many groups hold it. */
    private final Map<String, Integer> remarks = new HashMap<>();

    /** Counts one rendering of {@code group} with these stems. */
    public void add(String group, Set<String> stems) {
        Map<String, Integer> held = groups.computeIfAbsent(group, g -> new HashMap<>());
        for (String stem : stems) {
            if (held.merge(stem, 1, Integer::sum) == 1) {
                remarks.merge(stem, 1, Integer::sum);
            }
        }
    }

    /** Forgets one rendering counted by {@link #add} with the same group and stems. */
    public void remove(String group, Set<String> stems) {
        Map<String, Integer> held = groups.get(group);
        if (held == null) {
            return;
        }
        for (String stem : stems) {
            Integer left = held.computeIfPresent(stem, (s, n) -> n == 1 ? null : n - 1);
            if (left == null) {
                remarks.computeIfPresent(stem, (s, n) -> n == 1 ? null : n - 1);
            }
        }
        if (held.isEmpty()) {
            groups.remove(group);
        }
    }

    /** Forgets everything. */
    public void clear() {
        groups.clear();
        remarks.clear();
    }

    /**
     * Inverse frequency scaled to (0, 1], for a statement with these stems placed among the counted remarks: the
     * statement counts as a remark of its own, and a story of a few remarks counts as {@code prior}, so that two
     * renderings alone do not make their shared words common.
     */
    ToDoubleFunction<String> weights(Set<String> mine, int prior) {
        double count = Math.max(prior, groups.size() + 1);
        double rarest = Math.log(1.0 + count);
        // A statement is weighed against a few hundred renderings that share most of their words: each word's
        // weight is worked out once.
        Map<String, Double> known = new HashMap<>();
        return stem -> known.computeIfAbsent(stem, s -> {
            int df = remarks.getOrDefault(s, 0) + (mine.contains(s) ? 1 : 0);
            return Math.log(1.0 + count / Math.max(1, df)) / rarest;
        });
    }
}
