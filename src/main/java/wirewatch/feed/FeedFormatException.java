package wirewatch.feed;

import java.io.IOException;

/**
 * A response body that is not a usable feed: empty, an HTML page, malformed XML, or XML that is neither RSS nor Atom.
 * The message is one line a user can act on (for example {@code malformed XML at line 12, column 7: …}); the
 * cause, when there is one, is the parser's own exception.
 */
public final class FeedFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public FeedFormatException(String message) {
        super(message);
    }

    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
