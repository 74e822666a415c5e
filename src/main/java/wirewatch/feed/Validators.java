package wirewatch.feed;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The validators a server gave for a feed, sent back on the next poll as a conditional request
 * ({@code If-None-Match}, {@code If-Modified-Since}). Both are kept verbatim, as the server wrote them; absent when
 * the server sent none. {@link #NONE} asks for the full document.
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
    /** No validators: the next request is unconditional. */
    public static final Validators NONE = new Validators(null, null);

    /** Whether there is anything to send as a conditional request. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /**
     * The validators of a response, each falling back to this one's when the response omits it, as a 304 may
     * (RFC 9110 15.4.5: a 304 carries only the fields that changed).
     */
    Validators updatedBy(Headers headers) {
        String newEtag = headers.get("ETag");
        String newLastModified = headers.get("Last-Modified");
        return new Validators(newEtag != null ? newEtag : etag,
                newLastModified != null ? newLastModified : lastModified);
    }
}
