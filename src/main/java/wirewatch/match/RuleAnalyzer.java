package wirewatch.match;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis shared by watch rules and articles, so that a rule's words and an article's words meet.
 *
 * <p>Words are split by Unicode rules (the standard tokenizer), English possessives dropped ({@code Putin's} is
 * {@code putin}), lower-cased, folded to ASCII ({@code Zelenský} is {@code zelensky}) and lightly stemmed
 * ({@code ceasefires} is {@code ceasefire}). A hyphenated word yields its parts and their joined form at once:
 * {@code cease-fire} gives {@code cease}, {@code fire} and {@code ceasefire}, so the query {@code ceasefire} finds
 * both spellings, and the query {@code cease-fire} (a phrase of the parts, or the joined word) does too.
 *
 * <p>The same chain serves articles and queries. For a query, the joined form stacked over the parts lets the
 * parser build "the parts as a phrase, or the joined word". For an article no graph flattening is needed: the
 * joined form sits at the first part's position, which is what an index records anyway (and flattening would
 * halve analysis speed). So a phrase across the joined form ({@code "ceasefire talks"}) finds
 * {@code cease-fire talks} only with a slop of 1. Instances are thread-safe, as every Lucene {@link Analyzer} is.
 */
public final class RuleAnalyzer extends Analyzer {
    /**
     * What a hyphen between two letters becomes before tokenising: U+2027 HYPHENATION POINT is a "MidLetter" in
     * Unicode word breaking, so the tokenizer keeps {@code cease-fire} as one token, which the word delimiter then
     * splits and joins. It is one char for one char, so offsets into the article stay exact.
     */
    static final char JOINER = '\u2027';

    private static final byte[] SPLIT_ONLY_AT_JOINER = splitOnlyAtJoiner();
    private static final int DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_WORDS;

    /** Creates the analyzer; one instance may serve any number of threads. */
    public RuleAnalyzer() {
        // nothing to configure: rules and articles must be analysed alike
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new HyphenJoiner(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new HyphenJoiner(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new WordDelimiterGraphFilter(stream, false, SPLIT_ONLY_AT_JOINER, DELIMITER_FLAGS, null);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Wildcard and prefix terms skip analysis; they are still lower-cased and folded. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * A character table for the word delimiter in which nothing but {@link #JOINER} separates sub-words: the
     * tokenizer has already split words properly, and {@code U.S.} or {@code 3.5} must stay whole.
     */
    private static byte[] splitOnlyAtJoiner() {
        byte[] table = new byte[JOINER + 1];
        for (int c = 0; c < table.length; c++) {
            byte type = WordDelimiterIterator.getType(c);
            boolean alphanumeric = (type & WordDelimiterIterator.ALPHANUM) != 0;
            table[c] = alphanumeric ? type : (byte) WordDelimiterIterator.ALPHA;
        }
        table[JOINER] = (byte) (WordDelimiterIterator.getType(JOINER) & ~WordDelimiterIterator.ALPHANUM);
        return table;
    }
}
