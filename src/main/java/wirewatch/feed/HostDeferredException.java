package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Instant;

/**
 * A fetch refused without a request because the host asked, with {@code Retry-After} on an earlier answer, not to
 * be called before {@link #notBefore()}. The message is one line naming the URL and the deadline:
 * {@code http://example.org/rss: host asked to wait (Retry-After) until 14:02:11Z}.
 */
public final class HostDeferredException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Instant notBefore;

    HostDeferredException(String message, Instant notBefore) {
        super(message);
        this.notBefore = requireNonNull(notBefore, "notBefore");
    }

    /** The earliest instant at which the host may be asked again. */
    public Instant notBefore() {
        return notBefore;
    }
}
