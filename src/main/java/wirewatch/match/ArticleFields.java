package wirewatch.match;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.memory.MemoryIndex;
import wirewatch.feed.Article;

/**
 * The fields a rule can name and how an article fills them: {@code title} and {@code body} are analysed text,
 * {@code author} is analysed text (one value per author), {@code feed} is the feed's name as one lower-case word.
 */
final class ArticleFields {
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String FEED = "feed";
    static final String AUTHOR = "author";
    /** Every field a rule can name, in the order messages list them. */
    static final List<String> NAMES = List.of(TITLE, BODY, FEED, AUTHOR);
    /** The fields {@link Article#text()} is made of, where hits are shown; hits elsewhere only decide a match. */
    static final List<String> TEXT = List.of(TITLE, BODY);
    /** The fields a query term without a field searches. */
    static final String[] DEFAULT = {TITLE, BODY};
    /**
     * Bytes of blocks an index keeps across a reset: four 32 KB blocks of term bytes and four of postings, where
     * a 2 KB article fills one of each; a longer article allocates the rest, which go with it.
     */
    private static final long REUSED_BYTES = 256 * 1024;

    private ArticleFields() {
    }

    /** The analysis of every field, for articles and queries alike. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new RuleAnalyzer(), Map.of(FEED, new FeedNameAnalyzer()));
    }

    /**
     * An empty index for {@link #index}, to be {@link MemoryIndex#reset() reset} and refilled article after
     * article. It keeps up to {@value #REUSED_BYTES} bytes of its term and postings blocks across a reset; an
     * index made with the public constructors keeps none, and allocated 64 KB of blocks per article anew.
     * Only {@code fromDocument} takes that bound publicly, hence the empty document.
     */
    static MemoryIndex newIndex(Analyzer analyzer) {
        return MemoryIndex.fromDocument(List.of(), analyzer, true, false, REUSED_BYTES);
    }

    /** Analyses the article's fields into {@code index}, which must be empty. */
    static void index(Article article, MemoryIndex index, Analyzer analyzer) {
        index.addField(TITLE, article.title(), analyzer);
        // As Article#text() has it, so a hit's offset maps into the text snippets are cut from.
        index.addField(BODY, article.bodyAfterTitle(), analyzer);
        index.addField(FEED, article.feed(), analyzer);
        for (String author : article.authors()) {
            index.addField(AUTHOR, author, analyzer);
        }
    }

    /** Offset of a field's text inside {@link Article#text()}, where snippets are cut from. */
    static int offsetInText(Article article, String field) {
        if (BODY.equals(field) && !article.title().isEmpty()) {
            return article.title().length() + 2;
        }
        return 0;
    }

    /** A feed name is matched whole ({@code feed:guardian-world}), case-insensitively, wildcards allowed. */
    private static final class FeedNameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
