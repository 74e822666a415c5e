package wirewatch.statement;

import static java.util.Objects.requireNonNull;

/**
 * A statement already placed in the story: the article it came from and the variant group it joined. The article
 * is any stable key (an id, a file name); an empty key means unknown, and such renderings are taken to come from
 * articles of their own.
 */
public record Rendering(Statement statement, String article, String group) {
    public Rendering {
        requireNonNull(statement, "statement");
        requireNonNull(article, "article");
        requireNonNull(group, "group");
    }

    /** True when both renderings are known to come from one article. */
    boolean sameArticle(String other) {
        return !article.isEmpty() && article.equals(other);
    }
}
