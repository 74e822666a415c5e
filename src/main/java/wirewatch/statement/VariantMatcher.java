package wirewatch.statement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.function.ToDoubleFunction;

/**
 * Decides whether two statements by the same speaker render the same remark: a translation worded differently, an
 * excerpt of a longer quote, or a direct quote reported elsewhere as indirect speech. Compares content words after
 * English stemming, with function words dropped and the reporting-language paraphrases of {@link Paraphrases}
 * ({@code sanctions}/{@code penalties}, {@code truce}/{@code ceasefire}, {@code lasting}/{@code long-term}) folded
 * together; the measure mixes containment (an excerpt is held in the whole) with overlap of the two. Thread-safe;
 * keeps the analysed words of the last few thousand quotes.
 */
public final class VariantMatcher {
    /** Similarity at or above which two statements are variants of one remark. */
    public static final double THRESHOLD = 0.45;

    /** Share of containment in the similarity; the rest is overlap. */
    private static final double CONTAINMENT = 0.4;
    /** How many quotes' terms are kept; a story's statements are compared with each other again and again. */
    private static final int CACHED = 4096;

    /** How many distinct stems are kept as single instances; past it they start again. */
    private static final int WORDS = 200_000;

    private final QuoteAnalyzer analyzer = new QuoteAnalyzer();
    private final Map<String, String> words = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > CACHED;
        }
    };

    /** Similarity in [0, 1] of two statements; 0 when the speakers differ. */
    public double similarity(Statement a, Statement b) {
        if (!Speakers.same(a.speaker(), b.speaker())) {
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
     * Weighted similarity: each shared term counts its weight (in (0, 1]), so words every statement of a story uses
     * ({@code ceasefire}, {@code war}) count less than the words that make a remark its own. Mixes containment (an
     * excerpt is held in the whole) with overlap of the two; the containment of a text made only of common words
     * counts less, as such a text ("support for the proposal") is held in too many others.
     */
    static double similarity(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        double common = 0;
        double wa = 0;
        double wb = 0;
        for (String s : a) {
            double w = weight.applyAsDouble(s);
            wa += w;
            if (b.contains(s)) {
                shared++;
                common += w;
            }
        }
        for (String s : b) {
            wb += weight.applyAsDouble(s);
        }
        if (shared < Math.min(2, Math.min(a.size(), b.size()))) {
            return 0;
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
        Set<String> terms = analyzer.terms(text).stream().map(word -> words.computeIfAbsent(word, w -> w))
                .collect(Collectors.toUnmodifiableSet());
        synchronized (cache) {
            cache.put(text, terms);
        }
        return terms;
    }
}
