package wirewatch.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * Turns what OkHttp and the JDK throw into one line a user can act on, naming the URL and what happened:
 * {@code http://example.org/rss: timed out after 20s reading}. The original exception stays as the cause.
 */
final class FetchFailure {
    /** Where in a request a failure happened, for timeouts whose exception does not say. */
    enum Phase { WAITING, READING }

    private FetchFailure() {
    }

    /**
     * The message for {@code e}, thrown while fetching {@code url} in {@code phase}; {@code callTimedOut} tells a
     * call timeout (OkHttp cancels the call) from a read timeout.
     */
    static IOException describe(String where, IOException e, Phase phase, boolean callTimedOut, HttpLimits limits) {
        return new IOException(where + ": " + what(e, phase, callTimedOut, limits), e);
    }

    private static String what(IOException e, Phase phase, boolean callTimedOut, HttpLimits limits) {
        if (callTimedOut && e instanceof InterruptedIOException) {
            return "timed out after " + shown(limits.callTimeout()) + " in all"
                    + (phase == Phase.READING ? " (body still arriving)" : "");
        }
        if (e instanceof SocketTimeoutException) {
            // The JDK says "Connect timed out"; OkHttp's own read timeouts say "timeout" or "Read timed out".
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("connect")) {
                return "timed out after " + shown(limits.connectTimeout()) + " connecting";
            }
            return "timed out after " + shown(limits.readTimeout())
                    + (phase == Phase.READING ? " reading" : " waiting for a response");
        }
        if (e instanceof SSLException) {
            return (phase == Phase.READING ? "TLS failed: " : "TLS handshake failed: ") + e.getMessage();
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + e.getMessage();
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "could not connect (" + rootMessage(e) + ")";
        }
        return (phase == Phase.READING ? "failed reading: " : "request failed: ") + rootMessage(e);
    }

    /** The deepest message, which is the specific one ("Connection refused", "unexpected end of stream"). */
    private static String rootMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message != null ? message : deepest.getClass().getSimpleName();
    }

    /** A duration the way timeouts are configured: {@code 20s}, {@code 250ms}. */
    static String shown(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** The URL without its user name and password, which must never reach messages or logs. */
    static String shown(HttpUrl url) {
        if (url.username().isEmpty() && url.password().isEmpty()) {
            return url.toString();
        }
        return url.newBuilder().username("").password("").build().toString();
    }
}
