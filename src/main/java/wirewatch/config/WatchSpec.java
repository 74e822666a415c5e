package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One watch rule as written in feeds.yml: either a {@code query} in Lucene classic syntax, or the shorthand
 * {@code all}/{@code any}/{@code none}/{@code near}; optionally restricted to some {@code feeds}. The match
 * package compiles both forms to one query language; this record only holds what the user wrote. A watch may
 * belong to a {@code story}, the name that groups the watches a user follows together.
 *
 * @param near the {@code all} terms must lie within this many words of each other; 0 when not set
 */
public record WatchSpec(String name, @Nullable String query, List<String> all, List<String> any,
                        List<String> none, int near, List<String> feeds, Location location,
                        @Nullable String story) {
    public WatchSpec {
        requireNonNull(name, "name");
        requireNonNull(location, "location");
        all = List.copyOf(all);
        any = List.copyOf(any);
        none = List.copyOf(none);
        feeds = List.copyOf(feeds);
        if (near < 0) {
            throw new IllegalArgumentException("watch '" + name + "': near must not be negative, was " + near);
        }
    }

    /** A watch in no story. */
    public WatchSpec(String name, @Nullable String query, List<String> all, List<String> any, List<String> none,
                     int near, List<String> feeds, Location location) {
        this(name, query, all, any, none, near, feeds, location, null);
    }

    public static WatchSpec query(String name, String query) {
        return new WatchSpec(name, query, List.of(), List.of(), List.of(), 0, List.of(), Location.NONE);
    }

    public boolean isShorthand() {
        return query == null;
    }

    public WatchSpec withFeeds(List<String> only) {
        return new WatchSpec(name, query, all, any, none, near, only, location, story);
    }

    public WatchSpec withStory(@Nullable String name) {
        return new WatchSpec(this.name, query, all, any, none, near, feeds, location, name);
    }
}
