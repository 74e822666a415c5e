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
    /** The fields a query term without a field searches. */
    static final String[] DEFAULT = {TITLE, BODY};

    private ArticleFields() {
    }

    /** The analysis of every field, for articles and queries alike. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new RuleAnalyzer(), Map.of(FEED, new FeedNameAnalyzer()));
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
