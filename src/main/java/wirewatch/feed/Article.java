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

    /** Title and body as one text, the way rules and extraction see the article: the title once. */
    public String text() {
        String rest = bodyAfterTitle();
        return title.isEmpty() ? body : rest.isEmpty() ? title : title + "\n\n" + rest;
    }

    /**
     * The body without a first paragraph that only repeats the title: an article page carries its headline above
     * the text, and many feeds open the description with it.
     */
    public String bodyAfterTitle() {
        int end = body.indexOf("\n\n");
        String first = end < 0 ? body : body.substring(0, end);
        // Most bodies open with text of their own: the length tells at once, before any comparing.
        if (title.isBlank() || first.length() > 2 * title.length() + 16 || !sameWords(first, title)) {
            return body;
        }
        return end < 0 ? "" : body.substring(end + 2).strip();
    }

    private static boolean sameWords(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
