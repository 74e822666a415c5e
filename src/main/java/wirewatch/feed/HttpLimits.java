package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The bounds every HTTP fetch runs under: timeouts, how many redirects to follow, how many bytes to accept (counted
 * both on the wire and after decompression) and how many requests may run at once against one host. Immutable;
 * start from {@link #defaults()} and derive variants with the {@code with…} copies.
 */
public final class HttpLimits {
    private static final int MIB = 1024 * 1024;
    /** Largest byte limit accepted: bodies are held in one array. */
    private static final int MAX_BYTES_LIMIT = 1024 * MIB;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final int maxRedirects;
    private final int maxFeedBytes;
    private final int maxPageBytes;
    private final int maxPerHost;

    private HttpLimits(Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxRedirects,
                       int maxFeedBytes, int maxPageBytes, int maxPerHost) {
        this.connectTimeout = positive(connectTimeout, "connect timeout");
        this.readTimeout = positive(readTimeout, "read timeout");
        this.callTimeout = positive(callTimeout, "call timeout");
        this.maxRedirects = atLeast(maxRedirects, 0, "max redirects");
        this.maxFeedBytes = bytes(maxFeedBytes, "max feed bytes");
        this.maxPageBytes = bytes(maxPageBytes, "max page bytes");
        this.maxPerHost = atLeast(maxPerHost, 1, "max requests per host");
    }

    /**
     * Connect 10 s, read 20 s, 60 s for a whole fetch with its redirects; 5 redirects; 16 MiB per feed, 4 MiB per
     * article page; 8 requests at once per host (OkHttp's own default of 5 throttles a reader whose feeds share
     * one host).
     */
    public static HttpLimits defaults() {
        return new HttpLimits(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 5,
                16 * MIB, 4 * MIB, 8);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The longest wait for any single read from the server, headers or body. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The longest a whole fetch may take, redirects and body included. */
    public Duration callTimeout() {
        return callTimeout;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    public int maxFeedBytes() {
        return maxFeedBytes;
    }

    public int maxPageBytes() {
        return maxPageBytes;
    }

    public int maxPerHost() {
        return maxPerHost;
    }

    public HttpLimits withConnectTimeout(Duration timeout) {
        return new HttpLimits(timeout, readTimeout, callTimeout, maxRedirects, maxFeedBytes, maxPageBytes, maxPerHost);
    }

    public HttpLimits withReadTimeout(Duration timeout) {
        return new HttpLimits(connectTimeout, timeout, callTimeout, maxRedirects, maxFeedBytes, maxPageBytes,
                maxPerHost);
    }

    public HttpLimits withCallTimeout(Duration timeout) {
        return new HttpLimits(connectTimeout, readTimeout, timeout, maxRedirects, maxFeedBytes, maxPageBytes,
                maxPerHost);
    }

    public HttpLimits withMaxRedirects(int redirects) {
        return new HttpLimits(connectTimeout, readTimeout, callTimeout, redirects, maxFeedBytes, maxPageBytes,
                maxPerHost);
    }

    public HttpLimits withMaxFeedBytes(int bytes) {
        return new HttpLimits(connectTimeout, readTimeout, callTimeout, maxRedirects, bytes, maxPageBytes, maxPerHost);
    }

    public HttpLimits withMaxPageBytes(int bytes) {
        return new HttpLimits(connectTimeout, readTimeout, callTimeout, maxRedirects, maxFeedBytes, bytes, maxPerHost);
    }

    public HttpLimits withMaxPerHost(int requests) {
        return new HttpLimits(connectTimeout, readTimeout, callTimeout, maxRedirects, maxFeedBytes, maxPageBytes,
                requests);
    }

    @Override
    public String toString() {
        return "HttpLimits[connect " + connectTimeout + ", read " + readTimeout + ", call " + callTimeout
                + ", redirects " + maxRedirects + ", feed " + maxFeedBytes + " bytes, page " + maxPageBytes
                + " bytes, " + maxPerHost + " per host]";
    }

    private static Duration positive(Duration value, String what) {
        requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
        return value;
    }

    private static int atLeast(int value, int min, String what) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private static int bytes(int value, String what) {
        if (value < 1 || value > MAX_BYTES_LIMIT) {
            throw new IllegalArgumentException(what + " must be between 1 and " + MAX_BYTES_LIMIT + ", was " + value);
        }
        return value;
    }
}
