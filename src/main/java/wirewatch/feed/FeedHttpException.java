package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A server answered a feed or page request with a status other than 2xx or 304. Carries the status, the URL that
 * gave it (after any redirects) and, for 429 and 503, the instant the server asked us to wait for
 * ({@code Retry-After}), so that the caller can reschedule. The message is one line:
 * {@code http://example.org/rss: HTTP 404 Not Found}.
 */
public final class FeedHttpException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final URI url;
    private final @Nullable Instant retryAfter;

    FeedHttpException(String message, int status, URI url, @Nullable Instant retryAfter) {
        super(message);
        this.status = status;
        this.url = requireNonNull(url, "url");
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The URL that answered with {@link #status()}, which differs from the one asked for after a redirect. */
    public URI url() {
        return url;
    }

    /** When the server said it may be asked again, if it said so. */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
