package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/** One feed to poll: a unique name, its URL, its interval and its full-text policy. */
public record FeedSpec(String name, URI url, Duration every, FullText fulltext, Location location) {
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(2);

    public FeedSpec {
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(every, "every");
        requireNonNull(fulltext, "fulltext");
        requireNonNull(location, "location");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feed name '" + name + "' must match [a-z0-9-]+");
        }
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("feed '" + name + "': interval must be positive, was " + every);
        }
    }

    public static FeedSpec of(String name, URI url) {
        return new FeedSpec(name, url, DEFAULT_EVERY, FullText.AUTO, Location.NONE);
    }

    public FeedSpec withFullText(FullText policy) {
        return new FeedSpec(name, url, every, policy, location);
    }

    public FeedSpec withEvery(Duration interval) {
        return new FeedSpec(name, url, interval, fulltext, location);
    }
}
