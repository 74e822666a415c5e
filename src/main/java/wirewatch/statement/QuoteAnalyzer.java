package wirewatch.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a quote into the set of its content words as comparable terms: tokenised, possessives and function words
 * dropped, Porter-stemmed, and each word of a {@link Paraphrases} class replaced by its class's name. Thread-safe
 * (Lucene reuses one token stream per thread).
 */
final class QuoteAnalyzer {
    /**
     * Forms the stemmer would confuse, fixed by their written case: {@code US} is the country and {@code us} a
     * pronoun; {@code briefed} is informed while {@code brief} is short.
     */
    private static final Map<String, String> OVERRIDES = Map.of("US", "america", "U.S", "america",
            "U.S.", "america", "USA", "america", "briefed", "inform", "Briefed", "inform", "briefing", "inform",
            "Briefing", "inform");

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new StemmerOverrideFilter(stream, OVERRIDE_MAP);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDE_MAP = overrides();
    private static final CharArraySet STOP = stopWords();
    private final Map<String, String> classOf = classes();

    /** The comparable terms of a text. */
    Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        for (String stem : stems(text)) {
            if (stem.length() < 2 || Character.isDigit(stem.charAt(0)) && stem.length() < 3) {
                continue;
            }
            out.add(classOf.getOrDefault(stem, stem));
        }
        return out;
    }

    private Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("quote", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a quote held in memory", e);
        }
        return out;
    }

    /** Each stem of a paraphrase class mapped to the stem of the class's first word. */
    private Map<String, String> classes() {
        Map<String, String> out = new HashMap<>();
        for (String line : Paraphrases.CLASSES) {
            String[] words = line.split(" ");
            String name = null;
            for (String word : words) {
                for (String stem : stems(word)) {
                    if (name == null) {
                        name = stem;
                    }
                    out.putIfAbsent(stem, name);
                }
            }
        }
        return out;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        OVERRIDES.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the stemmer overrides", e);
        }
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(Paraphrases.FUNCTION_WORDS);
        return CharArraySet.unmodifiableSet(stop);
    }
}
