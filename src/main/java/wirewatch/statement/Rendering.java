package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A statement already placed in the story: the article it came from and the variant group it joined. The article
 * is any stable key (an id, a file name); an empty key means unknown, and such renderings are taken to come from
 * articles of their own. {@code stems} are the quote's stems as {@link VariantMatcher#stems} gives them, when the
 * caller keeps them; absent, the grouper works them out.
 */
public record Rendering(Statement statement, String article, String group, @Nullable Set<String> stems) {
    public Rendering {
        requireNonNull(statement, "statement");
        requireNonNull(article, "article");
        requireNonNull(group, "group");
    }

    public Rendering(Statement statement, String article, String group) {
        this(statement, article, group, null);
    }

    /** True when both renderings are known to come from one article. */
    boolean sameArticle(String other) {
        return !article.isEmpty() && article.equals(other);
    }
}
