package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import wirewatch.feed.Article;

/**
 * An article as stored: the article itself, a hash of its meaningful content (to tell a revision from a re-poll),
 * when it was first seen, and its version (1 for the first text seen, +1 per revision).
 */
public record StoredArticle(Article article, String contentHash, Instant firstSeen, int version) {
    public StoredArticle {
        requireNonNull(article, "article");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(firstSeen, "firstSeen");
    }

    /** The time the archive sorts by: published time, else first seen. */
    public Instant sortTime() {
        @Nullable Instant published = article.published();
        return published != null ? published : firstSeen;
    }
}
