package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns reporting verbs from an annotated corpus: its articles and the annotators' {@code cue} of each statement
 * ({@code said}, {@code also told}, {@code wrote in a statement}). The
 * head of a cue is its first word that is not an auxiliary, adverb or function word. A head is kept when annotators
 * marked it at least {@value #MIN_CUES} times and at least {@value #MIN_RATE} of its uses outside quotation marks
 * are cues: {@code conceded} qualifies, {@code went} ({@code went on to say}) does not. The result is
 * {@code cue-verbs.txt}, read by {@link Lexicon}; the corpus itself never ships. Pure: reading the corpus folder is
 * {@code bench}'s job.
 */
public final class CueLearner {
    /** Fewer cues than this is chance: a verb must recur to be learned. */
    static final int MIN_CUES = 3;
    /** Below this share of its uses, a word mostly does something else than report speech. */
    static final double MIN_RATE = 0.3;
    private static final Set<String> NOT_HEADS = Set.of("has", "have", "had", "also", "then", "later", "is", "was",
            "were", "are", "be", "been", "being", "will", "would", "could", "should", "may", "might", "did", "does",
            "do", "not", "never", "just", "even", "only", "again", "first", "the", "a", "an", "in", "on", "at", "to",
            "for", "with", "of", "about", "as", "his", "her", "their", "its", "it", "this", "that", "s");

    private CueLearner() {
    }

    /** The verbs learned from the annotators' cues and the corpus's article texts, sorted. */
    public static List<String> learn(List<String> cueTexts, List<String> articles) {
        Map<String, Integer> cues = new HashMap<>();
        for (String cue : cueTexts) {
            head(cue).ifPresent(h -> cues.merge(h, 1, Integer::sum));
        }
        Map<String, Integer> uses = new HashMap<>();
        for (String article : articles) {
            countOutsideQuotes(article, uses);
        }
        Set<String> out = new TreeSet<>();
        cues.forEach((word, n) -> {
            if (n >= MIN_CUES && n >= MIN_RATE * uses.getOrDefault(word, 0)) {
                out.add(word);
            }
        });
        return new ArrayList<>(out);
    }

    /** The head word of a cue, lower case: {@code also told} gives {@code told}; adverbs are never heads. */
    static java.util.Optional<String> head(String cue) {
        for (String w : cue.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').split("[^a-z']+")) {
            if (!w.isEmpty() && !w.contains("'") && !NOT_HEADS.contains(w) && !w.endsWith("ly")) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    private static void countOutsideQuotes(String s, Map<String, Integer> uses) {
        Text text = Text.of(s);
        for (int i = 0; i < text.tokens.size(); i++) {
            Token t = text.tokens.get(i);
            if (t.word() && !text.inQuote(i)) {
                uses.merge(t.key(), 1, Integer::sum);
            }
        }
    }
}
