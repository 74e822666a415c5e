package wirewatch.statement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private final Map<String, String> words = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
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
        return similarity(a, b, stem -> 1.0);
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
        // Most pairs a statement is weighed against share too few words to count: tell them first, unweighed.
        int shared = 0;
        for (String s : a) {
            shared += b.contains(s) ? 1 : 0;
        }
        if (shared < Math.min(2, Math.min(a.size(), b.size()))) {
            return 0;
        }
        double common = 0;
        double wa = 0;
        double wb = 0;
        for (String s : a) {
            double w = weight.applyAsDouble(s);
            wa += w;
            if (b.contains(s)) {
                common += w;
            }
        }
        for (String s : b) {
            wb += weight.applyAsDouble(s);
        }
        double smaller = Math.min(wa, wb);
        double specificity = Math.sqrt(Math.min(1.0, smaller / (wa <= wb ? a.size() : b.size())));
        double containment = common / smaller * specificity;
        double dice = 2.0 * common / (wa + wb);
        return CONTAINMENT * containment + (1 - CONTAINMENT) * dice;
    }

    /**
     * The content-word stems of a text, paraphrases folded; the set is shared, never change it. Equal stems are one
     * instance, so sets of them compare by reference.
     */
    public Set<String> stems(String text) {
        synchronized (cache) {
            Set<String> known = cache.get(text);
            if (known != null) {
                return known;
            }
        }
        if (words.size() > WORDS) {
            words.clear();
        }
        Set<String> terms = analyzer().terms(text).stream().map(word -> words.computeIfAbsent(word, w -> w))
                .collect(Collectors.toUnmodifiableSet());
        synchronized (cache) {
            cache.put(text, terms);
        }
        return terms;
    }
}
