package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One feed to poll: a unique name, its URL, its interval, its full-text policy, and the bounds of one poll: at
 * most {@code pages} article pages fetched a round, the whole poll (feed, pages, analysis) within {@code deadline},
 * and whether it may be redirected from a public address to a private one.
 */
public record FeedSpec(String name, URI url, Duration every, FullText fulltext, int pages, Duration deadline,
                       PrivateRedirects privateRedirects, Location location) {
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(2);
    /** Enough for the new items of a busy teaser feed's round; the newest items get their pages first. */
    public static final int DEFAULT_PAGES = 30;
    /** As long as one fetch may take: a feed's pages never hold its round up for minutes. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    public FeedSpec {
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(every, "every");
        requireNonNull(fulltext, "fulltext");
        requireNonNull(deadline, "deadline");
        requireNonNull(privateRedirects, "privateRedirects");
        requireNonNull(location, "location");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feed name '" + name + "' must match [a-z0-9-]+");
        }
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("feed '" + name + "': interval must be positive, was " + every);
        }
        if (pages < 1) {
            // No pages at all is fulltext: never, said once.
            throw new IllegalArgumentException("feed '" + name + "': pages must be at least 1, was " + pages);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("feed '" + name + "': deadline must be positive, was " + deadline);
        }
    }

    public static FeedSpec of(String name, URI url) {
        return new FeedSpec(name, url, DEFAULT_EVERY, FullText.AUTO, DEFAULT_PAGES, DEFAULT_DEADLINE,
                PrivateRedirects.REFUSE, Location.NONE);
    }

    public FeedSpec withFullText(FullText policy) {
        return new FeedSpec(name, url, every, policy, pages, deadline, privateRedirects, location);
    }

    public FeedSpec withEvery(Duration interval) {
        return new FeedSpec(name, url, interval, fulltext, pages, deadline, privateRedirects, location);
    }

    public FeedSpec withPages(int budget) {
        return new FeedSpec(name, url, every, fulltext, budget, deadline, privateRedirects, location);
    }

    public FeedSpec withDeadline(Duration limit) {
        return new FeedSpec(name, url, every, fulltext, pages, limit, privateRedirects, location);
    }

    public FeedSpec withPrivateRedirects(PrivateRedirects policy) {
        return new FeedSpec(name, url, every, fulltext, pages, deadline, policy, location);
    }
}
