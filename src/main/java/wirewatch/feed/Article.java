package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed item reduced to plain text: what wirewatch stores, matches and extracts from. {@code id} is stable for
 * the same feed and GUID (or link when there is no GUID); {@code body} is plain text with entities decoded and
 * control characters removed; {@code published} is absent when the feed gave no usable date.
 */
public record Article(String id, String feed, String guid, String url, String title, String body,
                      @Nullable Instant published, List<String> authors) {
    public Article {
        requireNonNull(id, "id");
        requireNonNull(feed, "feed");
        requireNonNull(guid, "guid");
        requireNonNull(url, "url");
        requireNonNull(title, "title");
        requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }

    public Article withBody(String text) {
        return new Article(id, feed, guid, url, title, text, published, authors);
    }

    public Article withTitle(String text) {
        return new Article(id, feed, guid, url, text, body, published, authors);
    }

    /** Title and body as one text, the way rules and extraction see the article. */
    public String text() {
        return title.isEmpty() ? body : title + "\n\n" + body;
    }
}
