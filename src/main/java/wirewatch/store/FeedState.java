package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the store remembers of a feed between rounds and restarts: its HTTP validators (so the next request is
 * conditional), when to poll it next, and how it has been failing.
 */
public record FeedState(String feed, @Nullable String etag, @Nullable String lastModified,
                        @Nullable Instant nextPoll, @Nullable Instant lastPolled, int failures,
                        @Nullable String lastError) {
    public FeedState {
        requireNonNull(feed, "feed");
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative, was " + failures);
        }
    }

    public static FeedState fresh(String feed) {
        return new FeedState(feed, null, null, null, null, 0, null);
    }

    public FeedState polled(@Nullable String newEtag, @Nullable String newLastModified, Instant at, Instant next) {
        return new FeedState(feed, newEtag, newLastModified, next, at, 0, null);
    }

    public FeedState failed(String error, Instant at, Instant next) {
        return new FeedState(feed, etag, lastModified, next, at, failures + 1, error);
    }

    /** Failed again before its backoff was due (a manual refresh, a restart): the backoff stays as it was. */
    public FeedState failedEarly(String error, Instant at) {
        return new FeedState(feed, etag, lastModified, nextPoll, at, failures, error);
    }

    /** Whether a poll at {@code at} comes before the backoff of a failing feed was due. */
    public boolean isBackingOff(Instant at) {
        return failures > 0 && nextPoll != null && at.isBefore(nextPoll);
    }
}
