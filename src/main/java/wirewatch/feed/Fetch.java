package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One successful HTTP fetch of a feed or page: the status, the decoded body, its content type, the validators for
 * the next conditional request and the URL the body came from after redirects. The body is empty on
 * {@code 304 Not Modified}; it is already decompressed and never larger than the limit it was read under.
 * Immutable: the body array is copied in and out; {@link #bodyStream()} reads it without a copy.
 */
public record Fetch(int status, byte[] body, @Nullable String contentType, Validators validators, URI finalUrl,
                    Instant fetchedAt) {
    public Fetch {
        requireNonNull(validators, "validators");
        requireNonNull(finalUrl, "finalUrl");
        requireNonNull(fetchedAt, "fetchedAt");
        if ((status < 200 || status > 299) && status != 304) {
            throw new IllegalArgumentException("a fetch has a 2xx or 304 status, was " + status);
        }
        body = body.clone();
    }

    /** Whether the server answered {@code 304 Not Modified}: the feed is unchanged since the validators were given. */
    public boolean isNotModified() {
        return status == 304;
    }

    /** A copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as a stream over the stored bytes, without copying them. */
    public InputStream bodyStream() {
        return new ByteArrayInputStream(body);
    }

    public int bodyLength() {
        return body.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Fetch other
                && status == other.status
                && Arrays.equals(body, other.body)
                && Objects.equals(contentType, other.contentType)
                && validators.equals(other.validators)
                && finalUrl.equals(other.finalUrl)
                && fetchedAt.equals(other.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, Arrays.hashCode(body), contentType, validators, finalUrl, fetchedAt);
    }

    @Override
    public String toString() {
        return "Fetch[" + status + " " + finalUrl + ", " + body.length + " bytes, " + contentType + ", " + validators
                + ", " + fetchedAt + "]";
    }
}
