package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether two statements by the same speaker render the same remark: a translation worded differently, an
 * excerpt of a longer quote, or a direct quote reported elsewhere as indirect speech. A statement whose article
 * names no speaker may be anyone's, so it is compared with every speaker's. Compares content words after
 * English stemming, with function words dropped and the reporting-language paraphrases of {@link Paraphrases}
 * ({@code sanctions}/{@code penalties}, {@code truce}/{@code ceasefire}, {@code lasting}/{@code long-term}) folded
 * together; the measure mixes containment (an excerpt is held in the whole) with overlap of the two. Thread-safe;
 * keeps the analysed words of the last few thousand quotes.
 */
public final class VariantMatcher {
    /** Similarity at or above which two statements are variants of one remark. */
    public static final double THRESHOLD = 0.45;
    /**
     * Similarity at or above which two quotes are nearly the same words: enough for one to lend the other its
     * speaker. Far above {@link #THRESHOLD}, which lets an excerpt or a loose paraphrase of a speaker's own remark in,
     * and with it another person's remark that shares a few of its words.
     */
    static final double NEARLY_IDENTICAL = 0.8;
    /** Content words each quote needs before near-identity means anything: "more questions than answers" is short. */
    static final int NEARLY_IDENTICAL_WORDS = 4;

    /** Share of containment in the similarity; the rest is overlap. */
    private static final double CONTAINMENT = 0.4;
    /** How many quotes' terms are kept; a story's statements are compared with each other again and again. */
    private static final int CACHED = 4096;

    /** How many distinct stems are kept as single instances; past it they start again. */
    private static final int WORDS = 200_000;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Made at the first comparison, as a round that brings no statement (all feeds unchanged) makes none. */
    private volatile @Nullable QuoteAnalyzer analyzer;
    /** Each word seen, as its one instance and its number, for the current {@link #generation}. */
    private final Map<String, Map.Entry<String, Integer>> numbers = new HashMap<>();
    private int generation;
    private final Map<String, Analysed> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
            return size() > CACHED;
        }
    };

    private QuoteAnalyzer analyzer() {
        QuoteAnalyzer made = analyzer;
        if (made == null) {
            synchronized (cache) {
                made = analyzer;
                if (made == null) {
                    made = new QuoteAnalyzer();
                    analyzer = made;
                }
            }
        }
        return made;
    }

    /** Similarity in [0, 1] of two statements; 0 when both speakers are named and differ. */
    public double similarity(Statement a, Statement b) {
        if (a.speaker() != null && b.speaker() != null && !a.speaker().equalsIgnoreCase(b.speaker())) {
            return 0;
        }
        return similarity(stems(a.quote()), stems(b.quote()));
    }

    /** True when the statements are renderings of one remark. */
    public boolean isVariant(Statement a, Statement b) {
        return similarity(a, b) >= THRESHOLD;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        // Unweighed, the measure below depends only on how many words the two share.
        int shared = Stems.from(a).shared(Stems.from(b));
        if (shared < Math.min(2, Math.min(a.size(), b.size()))) {
            return 0;
        }
        double containment = shared / (double) Math.min(a.size(), b.size());
        double dice = 2.0 * shared / (a.size() + b.size());
        return CONTAINMENT * containment + (1 - CONTAINMENT) * dice;
    }

    /**
     * True when two quotes are the same words (case, spacing and punctuation aside), or nearly: long enough and
     * sharing nearly all their content words ({@code stemsA} and {@code stemsB}, as {@link #stems} gives them).
     */
    static boolean nearlyIdentical(String a, String b, Set<String> stemsA, Set<String> stemsB) {
        if (Math.min(stemsA.size(), stemsB.size()) >= NEARLY_IDENTICAL_WORDS
                && similarity(stemsA, stemsB) >= NEARLY_IDENTICAL) {
            return true;
        }
        // Only quotes with the same content words can be the same words: compare the texts only then.
        return !stemsA.isEmpty() && stemsA.equals(stemsB) && words(a).equals(words(b));
    }

    private static String words(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Weighted similarity: each shared term counts its weight (in (0, 1]), so words every statement of a story uses
     * ({@code ceasefire}, {@code war}) count less than the words that make a remark its own. Mixes containment (an
     * excerpt is held in the whole) with overlap of the two; the containment of a text made only of common words
     * counts less, as such a text ("support for the proposal") is held in too many others.
     */
    static double similarity(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Stems x = Stems.from(a);
        Stems y = Stems.from(b);
        // Most pairs a statement is weighed against share too few words to count: tell them first, unweighed.
        if (x.shared(y) < Math.min(2, Math.min(x.size(), y.size()))) {
            return 0;
        }
        double[] sums = x.weighed(y, weight);
        double common = sums[0];
        double wa = sums[1];
        double wb = sums[2];
        double smaller = Math.min(wa, wb);
        double specificity = Math.sqrt(Math.min(1.0, smaller / (wa <= wb ? a.size() : b.size())));
        double containment = common / smaller * specificity;
        double dice = 2.0 * common / (wa + wb);
        return CONTAINMENT * containment + (1 - CONTAINMENT) * dice;
    }

    /**
     * The content-word stems of a text, paraphrases folded, as an immutable sorted set ({@link Stems}) shared between
     * callers. Equal stems are one instance, so words of two sets compare by reference.
     */
    public Set<String> stems(String text) {
        return analysed(text).stems();
    }

    /**
     * The text itself, as one instance for all equal texts among the last few thousand: callers that keep quotes
     * for hours hold each wording once, and tell repeats by reference.
     */
    public String quote(String text) {
        return analysed(text).text();
    }

    private Analysed analysed(String text) {
        synchronized (cache) {
            Analysed known = cache.get(text);
            if (known != null) {
                return known;
            }
        }
        Stems stems = number(analyzer().terms(text));
        Analysed analysed = new Analysed(text, stems);
        synchronized (cache) {
            Analysed raced = cache.putIfAbsent(text, analysed);
            return raced != null ? raced : analysed;
        }
    }

    /** The words as one instance each, numbered; the table starts again, a generation on, when it grows too big. */
    private synchronized Stems number(Set<String> terms) {
        if (numbers.size() > WORDS) {
            numbers.clear();
            generation++;
        }
        List<String> interned = new ArrayList<>(terms.size());
        int[] numbered = new int[terms.size()];
        for (String word : terms) {
            Map.Entry<String, Integer> known = numbers.get(word);
            if (known == null) {
                known = Map.entry(word, numbers.size());
                numbers.put(word, known);
            }
            numbered[interned.size()] = known.getValue();
            interned.add(known.getKey());
        }
        return Stems.numbered(interned, numbered, generation);
    }

    /** A text and its stems. */
    private record Analysed(String text, Stems stems) {
    }
}
