package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring by wording links renderings exactly as scoring every pair of renderings does. */
class WordingLinksTest {
    private static final double THRESHOLD = 0.33;
    private static final double MERGE = 0.5;
    private static final List<String> QUOTES = List.of("the corridor opens once the mines are cleared",
            "the corridor will open when mines are cleared", "mines cleared", "the budget for schools will rise",
            "schools get a bigger budget next year", "the navy escorts the first convoy", "yes", "no comment");

    /** Shared words over all words, a little less within one article; symmetric, as the grouper's score is. */
    private static double score(Rendering a, Set<String> stemsA, Rendering b, boolean together) {
        Set<String> stemsB = words(b.statement().quote());
        Set<String> union = new HashSet<>(stemsA);
        union.addAll(stemsB);
        Set<String> shared = new HashSet<>(stemsA);
        shared.retainAll(stemsB);
        return union.isEmpty() ? 0 : (double) shared.size() / union.size() * (together ? 0.9 : 1.0);
    }

    private static Set<String> words(String quote) {
        return new HashSet<>(Arrays.asList(quote.toLowerCase(Locale.ROOT).split(" ")));
    }

    @Test
    void linksAsScoringEveryPairDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            List<Rendering> renderings = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String quote = QUOTES.get(random.nextInt(QUOTES.size()));
                Statement.Kind kind = random.nextInt(4) == 0 ? Statement.Kind.INDIRECT : Statement.Kind.DIRECT;
                String article = random.nextInt(5) == 0 ? "" : "article-" + random.nextInt(6);
                renderings.add(new Rendering(new Statement("Elena Varga", quote, kind, i, i + quote.length()),
                        article, "g"));
            }
            List<Set<String>> stems = renderings.stream().map(r -> words(r.statement().quote())).toList();
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < renderings.size(); i++) {
                all.add(i);
            }
            GroupLinks byWording = new GroupLinks(renderings.size());
            new WordingLinks(renderings, stems, WordingLinksTest::score, THRESHOLD, MERGE).link(all, byWording);
            GroupLinks byPair = new GroupLinks(renderings.size());
            linkEveryPair(renderings, stems, byPair);
            assertEquals(sets(renderings, byPair), sets(renderings, byWording), "round " + round);
        }
    }

    private static void linkEveryPair(List<Rendering> renderings, List<Set<String>> stems, GroupLinks links) {
        int n = renderings.size();
        for (int a = 0; a < n; a++) {
            int best = -1;
            double bestScore = THRESHOLD;
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                Rendering ra = renderings.get(a);
                Rendering rb = renderings.get(b);
                boolean together = ra.sameArticle(rb.article());
                double score = Grouper.BY_WORDING.compare(ra, rb) <= 0 ? score(ra, stems.get(a), rb, together)
                        : score(rb, stems.get(b), ra, together);
                if (score >= MERGE) {
                    links.join(a, b);
                }
                if (score >= THRESHOLD && (best < 0 || score > bestScore || score == bestScore
                        && Grouper.BY_WORDING.compare(rb, renderings.get(best)) < 0)) {
                    best = b;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                links.join(a, best);
            }
        }
    }

    private static Set<Set<Integer>> sets(List<Rendering> renderings, GroupLinks links) {
        List<Rendering> numbered = new ArrayList<>();
        for (int i = 0; i < renderings.size(); i++) {
            numbered.add(new Rendering(renderings.get(i).statement(), renderings.get(i).article(), "r" + i));
        }
        List<String> ids = links.ids(numbered, Grouper.BY_WORDING, r -> "fresh-" + r.group());
        Map<String, Set<Integer>> sets = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            sets.computeIfAbsent(ids.get(i), id -> new HashSet<>()).add(i);
        }
        return Set.copyOf(sets.values());
    }
}
