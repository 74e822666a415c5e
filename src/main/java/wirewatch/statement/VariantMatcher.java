package wirewatch.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Decides whether two statements by the same speaker render the same remark: a translation worded differently, an
 * excerpt of a longer quote, or a direct quote reported elsewhere as indirect speech. Compares content words after
 * English stemming and stop-word removal, with near-synonyms news translations swap ({@code halt}/{@code stop},
 * {@code lasting}/{@code long-term}) folded together; the measure mixes containment (an excerpt is contained in
 * the whole) with overlap of the two. Thread-safe.
 */
public final class VariantMatcher {
    /** Similarity at or above which two statements are variants of one remark. */
    public static final double THRESHOLD = 0.45;

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("halt", "stop"), Map.entry("ceas", "stop"), Map.entry("cessat", "stop"),
            Map.entry("end", "stop"), Map.entry("hostil", "fight"), Map.entry("combat", "fight"),
            Map.entry("war", "conflict"), Map.entry("truce", "ceasefir"), Map.entry("armistic", "ceasefir"),
            Map.entry("last", "durabl"), Map.entry("long", "durabl"), Map.entry("endur", "durabl"),
            Map.entry("perman", "durabl"), Map.entry("underli", "root"), Map.entry("trigger", "caus"),
            Map.entry("reason", "caus"), Map.entry("rearm", "weapon"), Map.entry("rearmament", "weapon"),
            Map.entry("arm", "weapon"), Map.entry("agre", "support"), Map.entry("favor", "support"),
            Map.entry("favour", "support"), Map.entry("back", "support"), Map.entry("endors", "support"),
            Map.entry("talk", "discuss"), Map.entry("negoti", "discuss"), Map.entry("conversat", "discuss"),
            Map.entry("phone", "call"), Map.entry("monitor", "control"), Map.entry("verif", "control"),
            Map.entry("supervis", "control"), Map.entry("violat", "breach"), Map.entry("remov", "elimin"),
            Map.entry("address", "elimin"), Map.entry("begin", "start"), Map.entry("proce", "start"),
            Map.entry("assumpt", "posit"), Map.entry("idea", "propos"), Map.entry("plan", "propos"),
            Map.entry("sanction", "penalti"), Map.entry("tariff", "penalti"), Map.entry("punish", "penalti"),
            Map.entry("kyiv", "ukrain"), Map.entry("kiev", "ukrain"), Map.entry("moscow", "russia"),
            Map.entry("us", "america"), Map.entry("american", "america"), Map.entry("washington", "america"),
            Map.entry("mobil", "troop"), Map.entry("forc", "troop"), Map.entry("soldier", "troop"),
            Map.entry("surround", "encircl"), Map.entry("peac", "peac"), Map.entry("accord", "deal"),
            Map.entry("agreement", "deal"), Map.entry("settlement", "deal"), Map.entry("brief", "inform"),
            Map.entry("detail", "inform"), Map.entry("term", "condit"));

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** Similarity in [0, 1] of two statements; 0 when the speakers differ. */
    public double similarity(Statement a, Statement b) {
        if (!a.speaker().equalsIgnoreCase(b.speaker())) {
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
     * Weighted similarity: each shared stem counts its weight, so words every statement of a story uses
     * ({@code ceasefire}, {@code war}) can count less than the words that make a remark its own.
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
        double containment = common / Math.min(wa, wb);
        double dice = 2.0 * common / (wa + wb);
        return 0.6 * containment + 0.4 * dice;
    }

    /** Weighted share of {@code part}'s stems found in {@code whole}; 0 with fewer than three shared stems. */
    static double containment(Set<String> part, Set<String> whole, ToDoubleFunction<String> weight) {
        double total = 0;
        double common = 0;
        int shared = 0;
        for (String s : part) {
            double w = weight.applyAsDouble(s);
            total += w;
            if (whole.contains(s)) {
                common += w;
                shared++;
            }
        }
        return shared < 3 || total == 0 ? 0 : common / total;
    }

    /** The content-word stems of a text, near-synonyms folded. */
    Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("quote", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (stem.length() < 2 || Character.isDigit(stem.charAt(0)) && stem.length() < 3) {
                    continue;
                }
                out.add(SYNONYMS.getOrDefault(stem, stem));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a quote held in memory", e);
        }
        return out;
    }
}
