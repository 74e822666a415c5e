package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links one speaker's renderings as {@link Grouper#settle} does: each to the rendering that renders its remark best,
 * and to any it matches at the merge threshold. Outlets that run one wire copy repeat a remark word for word, so the
 * renderings are taken by wording (the same words and kind): two wordings are scored once for renderings from
 * different articles and once for renderings from one article, whichever occur, rather than once per pair of
 * renderings. A wording whose renderings would not all be linked to each other is taken rendering by rendering.
 */
final class WordingLinks {
    /** How well rendering {@code b} renders {@code a}'s remark, as if from one article or from two. */
    interface Scorer {
        double score(Rendering a, Set<String> stemsA, Rendering b, boolean sameArticle);
    }

    /** Renderings with one wording: their indexes, the first by {@link Grouper#BY_WORDING}, and their articles. */
    private static final class Wording {
        final List<Integer> members = new ArrayList<>();
        final Map<String, Integer> articles = new HashMap<>();
        Rendering first;
        int firstIndex;
        /** The wording's score against itself from two articles and from one, once worked out. */
        double selfApart = Double.NaN;
        double selfTogether = Double.NaN;

        Wording(Rendering r, int index) {
            first = r;
            firstIndex = index;
        }

        void add(Rendering r, int index) {
            members.add(index);
            if (!r.article().isEmpty()) {
                articles.merge(r.article(), 1, Integer::sum);
            }
            if (Grouper.BY_WORDING.compare(r, first) < 0) {
                first = r;
                firstIndex = index;
            }
        }

        /** Renderings of this wording other than {@code r} from {@code r}'s article. */
        int sameArticle(Rendering r, boolean own) {
            return r.article().isEmpty() ? 0 : articles.getOrDefault(r.article(), 0) - (own ? 1 : 0);
        }

        /** Renderings of this wording from articles other than {@code r}'s (unknown articles are others). */
        int otherArticles(Rendering r, boolean own) {
            return members.size() - (r.article().isEmpty() ? (own ? 1 : 0) : articles.getOrDefault(r.article(), 0));
        }
    }

    private final List<Rendering> renderings;
    private final List<Set<String>> stems;
    private final Scorer scorer;
    private final double threshold;
    private final double merge;

    WordingLinks(List<Rendering> renderings, List<Set<String>> stems, Scorer scorer, double threshold, double merge) {
        this.renderings = renderings;
        this.stems = stems;
        this.scorer = scorer;
        this.threshold = threshold;
        this.merge = merge;
    }

    /** Links the renderings at {@code members} (indexes into the renderings, one speaker's) into {@code links}. */
    void link(List<Integer> members, GroupLinks links) {
        List<Wording> wordings = wordings(members, links);
        int n = wordings.size();
        double[][] apart = new double[n][n];
        double[][] together = new double[n][n];
        for (int i = 0; i < n; i++) {
            Wording a = wordings.get(i);
            apart[i][i] = self(a, false);
            together[i][i] = self(a, true);
            for (int j : sharingWords(i, wordings)) {
                Wording b = wordings.get(j);
                // Pairs that never occur score nothing: a remark cannot be linked through them.
                apart[i][j] = apart[j][i] = occursApart(a, b) ? score(a, b, false) : 0;
                together[i][j] = together[j][i] = occursTogether(a, b) ? score(a, b, true) : 0;
                if (apart[i][j] >= merge || together[i][j] >= merge) {
                    links.join(a.firstIndex, b.firstIndex);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int index : wordings.get(i).members) {
                int best = best(renderings.get(index), i, wordings, apart[i], together[i]);
                if (best >= 0) {
                    links.join(index, wordings.get(best).firstIndex);
                }
            }
        }
    }

    /**
     * The renderings by wording; the renderings of a wording are linked to each other here. A wording that would not
     * link its own renderings (no content words) is split into one wording per rendering.
     */
    private List<Wording> wordings(List<Integer> members, GroupLinks links) {
        Map<String, List<Integer>> byWords = new LinkedHashMap<>();
        for (int index : members) {
            Statement s = renderings.get(index).statement();
            byWords.computeIfAbsent(s.kind() + "\u0000" + s.quote(), k -> new ArrayList<>()).add(index);
        }
        List<Wording> out = new ArrayList<>();
        for (List<Integer> same : byWords.values()) {
            Wording w = wording(same);
            if (same.size() == 1 || self(w, false) >= merge && self(w, true) >= merge) {
                same.forEach(index -> links.join(index, w.firstIndex));
                out.add(w);
            } else {
                same.forEach(index -> out.add(wording(List.of(index))));
            }
        }
        return out;
    }

    private Wording wording(List<Integer> indexes) {
        Wording w = new Wording(renderings.get(indexes.get(0)), indexes.get(0));
        indexes.forEach(index -> w.add(renderings.get(index), index));
        return w;
    }

    /**
     * The wordings after {@code i} that share a content word with it, the only ones that can score above nothing
     * (one without content words is scored with all, as an excerpt of another may hold it).
     */
    private List<Integer> sharingWords(int i, List<Wording> wordings) {
        Set<String> mine = stems.get(wordings.get(i).firstIndex);
        List<Integer> out = new ArrayList<>();
        for (int j = i + 1; j < wordings.size(); j++) {
            Set<String> theirs = stems.get(wordings.get(j).firstIndex);
            if (mine.isEmpty() || theirs.isEmpty() || shares(mine, theirs)) {
                out.add(j);
            }
        }
        return out;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return Stems.from(a).shared(Stems.from(b)) > 0;
    }

    /** A wording's score against itself, as if from two articles or from one, worked out once. */
    private double self(Wording w, boolean sameArticle) {
        if (sameArticle) {
            if (Double.isNaN(w.selfTogether)) {
                w.selfTogether = score(w, w, true);
            }
            return w.selfTogether;
        }
        if (Double.isNaN(w.selfApart)) {
            w.selfApart = score(w, w, false);
        }
        return w.selfApart;
    }

    /** The score of two wordings, one way round whatever their order: sums of weights differ in the last bits. */
    private double score(Wording a, Wording b, boolean sameArticle) {
        Wording first = Grouper.BY_WORDING.compare(a.first, b.first) <= 0 ? a : b;
        Wording second = first == a ? b : a;
        return scorer.score(first.first, stems.get(first.firstIndex), second.first, sameArticle);
    }

    /** True when a rendering of {@code a} and one of {@code b} come from different (or unknown) articles. */
    private static boolean occursApart(Wording a, Wording b) {
        boolean oneArticle = a.articles.size() == 1 && a.articles.keySet().equals(b.articles.keySet())
                && a.articles.values().iterator().next() == a.members.size()
                && b.articles.values().iterator().next() == b.members.size();
        return !oneArticle;
    }

    /** True when a rendering of {@code a} and one of {@code b} come from one article. */
    private static boolean occursTogether(Wording a, Wording b) {
        for (String article : a.articles.keySet()) {
            if (b.articles.containsKey(article)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wording holding the rendering's best match, at the threshold or above; of equal scores, the wording that
     * comes first ({@link Grouper#BY_WORDING} of their first renderings). -1 when nothing matches well enough.
     */
    private int best(Rendering r, int own, List<Wording> wordings, double[] apart, double[] together) {
        int best = -1;
        double bestScore = threshold;
        for (int j = 0; j < wordings.size(); j++) {
            if (apart[j] < threshold && together[j] < threshold) {
                // Whichever way the two occur, they score below the threshold: no need to ask which.
                continue;
            }
            Wording w = wordings.get(j);
            double score = Math.max(w.sameArticle(r, j == own) > 0 ? together[j] : -1,
                    w.otherArticles(r, j == own) > 0 ? apart[j] : -1);
            if (score >= threshold && (best < 0 || score > bestScore
                    || score == bestScore && Grouper.BY_WORDING.compare(w.first, wordings.get(best).first) < 0)) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }
}
