package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link FeedParser} made of one usable feed: its articles in feed order, and the problems it worked around
 * (a repaired encoding or XML error, a duplicate GUID, an item with nothing in it, an unreadable date), one line
 * each. Problems are worth logging or showing; they never mean the articles are unusable.
 */
public record Parsed(List<Article> articles, List<String> problems) {
    public Parsed {
        requireNonNull(articles, "articles");
        requireNonNull(problems, "problems");
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
