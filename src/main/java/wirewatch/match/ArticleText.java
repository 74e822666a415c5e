package wirewatch.match;

import wirewatch.feed.Article;

/**
 * An article with its {@link Article#text()} and that text's words worked out once, for every match of the
 * article to cut its snippet from. Used by one thread at a time.
 */
final class ArticleText {
    private final Article article;
    private final String text;
    private Snippet.Words words;

    ArticleText(Article article) {
        this.article = article;
        this.text = article.text();
    }

    Article article() {
        return article;
    }

    String text() {
        return text;
    }

    Snippet.Words words() {
        if (words == null) {
            words = Snippet.Words.of(text);
        }
        return words;
    }
}
