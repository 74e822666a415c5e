package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the store remembers of a feed between rounds and restarts: its HTTP validators (so the next request is
 * conditional), when to poll it next, how it has been failing, and for people watching it the last HTTP status (0
 * when no answer came), the items of its last full fetch, and how many polls there were and how many of them were
 * answered 304 Not Modified.
 */
public record FeedState(String feed, @Nullable String etag, @Nullable String lastModified,
                        @Nullable Instant nextPoll, @Nullable Instant lastPolled, int failures,
                        @Nullable String lastError, int lastStatus, int items, long polls, long notModified) {
    public FeedState {
        requireNonNull(feed, "feed");
        if (failures < 0 || items < 0 || polls < 0 || notModified < 0 || notModified > polls) {
            throw new IllegalArgumentException("bad counts for feed " + feed + ": failures " + failures + ", items "
                    + items + ", polls " + polls + ", not modified " + notModified);
        }
    }

    public static FeedState fresh(String feed) {
        return new FeedState(feed, null, null, null, null, 0, null, 0, 0, 0, 0);
    }

    /** Answered with {@code status}; a 304 keeps the item count of the last full fetch. */
    public FeedState polled(@Nullable String newEtag, @Nullable String newLastModified, Instant at, Instant next,
                            int status, int itemsNow) {
        boolean unchanged = status == 304;
        return new FeedState(feed, newEtag, newLastModified, next, at, 0, null, status, unchanged ? items : itemsNow,
                polls + 1, notModified + (unchanged ? 1 : 0));
    }

    public FeedState failed(String error, Instant at, Instant next, int status) {
        return new FeedState(feed, etag, lastModified, next, at, failures + 1, error, status, items, polls + 1,
                notModified);
    }

    /** Failed again before its backoff was due (a manual refresh, a restart): the backoff stays as it was. */
    public FeedState failedEarly(String error, Instant at, int status) {
        return new FeedState(feed, etag, lastModified, nextPoll, at, failures, error, status, items, polls + 1,
                notModified);
    }

    /** Whether a poll at {@code at} comes before the backoff of a failing feed was due. */
    public boolean isBackingOff(Instant at) {
        return failures > 0 && nextPoll != null && at.isBefore(nextPoll);
    }
}
