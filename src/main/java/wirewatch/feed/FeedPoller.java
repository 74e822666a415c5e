package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import wirewatch.config.PrivateRedirects;
import wirewatch.feed.FetchFailure.Phase;

/**
 * Fetches feeds and article pages over HTTP and does nothing else: conditional GETs with the validators of the last
 * poll, redirects followed up to {@link HttpLimits#maxRedirects()} with loops detected (and never from a public
 * address to a private one unless the caller allows it: {@link PrivateAddresses}), bodies read under a byte
 * limit on the wire and after decompression, at most {@link HttpLimits#maxPerHost()} requests at once per host, and
 * {@code Retry-After} honoured per host. Every failure is an {@link IOException} whose message is one line naming
 * the URL and what happened; a non-2xx answer is a {@link FeedHttpException}, a fetch refused because the host
 * asked us to wait a {@link HostDeferredException}. Thread-safe: one poller serves all fetch threads.
 */
public final class FeedPoller {
    private static final Logger LOG = System.getLogger(FeedPoller.class.getName());
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Enough of a Location header to recognise it in a message. */
    private static final int MAX_SHOWN_LOCATION = 200;
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final OkHttpClient client;
    private final HttpLimits limits;
    private final HostGate gate;
    private final Clock clock;

    /**
     * A poller sending its requests through {@code client} (which keeps its connection pool; the poller sets its
     * own timeouts from {@code limits} and turns automatic redirects off), {@code gate} shared by every poller of
     * the process, and {@code clock} for fetch times and Retry-After deadlines.
     */
    public FeedPoller(OkHttpClient client, HttpLimits limits, HostGate gate, Clock clock) {
        this.limits = requireNonNull(limits, "limits");
        this.gate = requireNonNull(gate, "gate");
        this.clock = requireNonNull(clock, "clock");
        this.client = client.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .writeTimeout(limits.readTimeout())
                .callTimeout(limits.callTimeout())
                .addNetworkInterceptor(RedirectGuard::intercept)
                .build();
    }

    /**
     * Fetches a feed, conditionally when {@code validators} are given: a {@code 304} comes back as a fetch with an
     * empty body and the validators to send next time. The body is at most {@link HttpLimits#maxFeedBytes()}.
     */
    public Fetch fetch(URI url, Validators validators) throws IOException, InterruptedException {
        return fetch(url, validators, limits.callTimeout(), PrivateRedirects.REFUSE);
    }

    /**
     * Fetches a feed as {@link #fetch(URI, Validators)} does, within {@code within} if that is shorter than the call
     * timeout, and following a redirect from a public address to a private one only if {@code redirects} allows.
     */
    public Fetch fetch(URI url, Validators validators, Duration within, PrivateRedirects redirects)
            throws IOException, InterruptedException {
        requireNonNull(validators, "validators");
        return get(url, new Bounds(validators, HttpClients.FEED_ACCEPT, limits.maxFeedBytes(), within, redirects));
    }

    /** Fetches an article page, unconditionally, under the same rules with {@link HttpLimits#maxPageBytes()}. */
    public Fetch fetchPage(URI url) throws IOException, InterruptedException {
        return fetchPage(url, limits.callTimeout(), PrivateRedirects.REFUSE);
    }

    /** Fetches an article page within {@code within} if that is shorter than the call timeout. */
    public Fetch fetchPage(URI url, Duration within, PrivateRedirects redirects)
            throws IOException, InterruptedException {
        return get(url, new Bounds(Validators.NONE, PAGE_ACCEPT, limits.maxPageBytes(), within, redirects));
    }

    private Fetch get(URI uri, Bounds bounds) throws IOException, InterruptedException {
        HttpUrl start = HttpUrl.parse(requireNonNull(uri, "url").toString());
        if (start == null) {
            throw new IOException(uri + ": not an http or https URL");
        }
        Duration bound = bounds.within().compareTo(limits.callTimeout()) < 0 ? bounds.within() : limits.callTimeout();
        if (bound.isNegative() || bound.isZero()) {
            throw new IOException(FetchFailure.shown(start) + ": no time left to fetch it");
        }
        long deadline = System.nanoTime() + bound.toNanos();
        RedirectGuard guard = new RedirectGuard(bounds.redirects());
        List<HttpUrl> chain = new ArrayList<>(List.of(start));
        while (true) {
            HttpUrl url = chain.get(chain.size() - 1);
            Hop hop = throughGate(new Attempt(start, url, bounds, limits.withCallTimeout(bound), deadline, guard));
            if (hop.fetch() != null) {
                return hop.fetch();
            }
            HttpUrl next = requireNonNull(hop.redirect());
            if (chain.contains(next)) {
                chain.add(next);
                throw new IOException(FetchFailure.shown(start) + ": redirect loop (" + shownChain(chain) + ")");
            }
            if (chain.size() > limits.maxRedirects()) {
                chain.add(next);
                throw new IOException(FetchFailure.shown(start) + ": too many redirects (more than "
                        + limits.maxRedirects() + ": " + shownChain(chain) + ")");
            }
            chain.add(next);
        }
    }

    private Hop throughGate(Attempt attempt) throws IOException, InterruptedException {
        String host = hostOf(attempt.url());
        failIfDeferred(host, attempt);
        return gate.through(host, () -> {
            // Checked again: another fetch may have met a Retry-After while this one waited for a permit.
            failIfDeferred(host, attempt);
            return exchange(host, attempt);
        });
    }

    private void failIfDeferred(String host, Attempt attempt) throws HostDeferredException {
        Instant now = clock.instant();
        Optional<Instant> until = gate.deferredUntil(host, now);
        if (until.isPresent()) {
            throw new HostDeferredException(attempt.where() + ": host asked to wait (Retry-After) until "
                    + shownTime(until.get(), now), until.get());
        }
    }

    private Hop exchange(String host, Attempt attempt) throws IOException, InterruptedException {
        long remaining = attempt.deadline() - System.nanoTime();
        if (remaining <= 0) {
            throw new IOException(attempt.where() + ": timed out after "
                    + FetchFailure.shown(attempt.limits().callTimeout()) + " in all");
        }
        Call call = client.newCall(request(attempt));
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        try (Response response = execute(call, attempt)) {
            int status = response.code();
            LOG.log(Level.DEBUG, "GET {0} -> {1}", FetchFailure.shown(attempt.url()), status);
            if (REDIRECTS.contains(status)) {
                return Hop.to(location(response, attempt));
            }
            if (status == 304) {
                return Hop.done(new Fetch(304, new byte[0], null,
                        attempt.validators().updatedBy(response.headers()), attempt.url().uri(), clock.instant()));
            }
            if (!response.isSuccessful()) {
                throw httpError(host, response, attempt);
            }
            byte[] body = body(call, response, attempt);
            return Hop.done(new Fetch(status, body, response.header("Content-Type"),
                    Validators.NONE.updatedBy(response.headers()), attempt.url().uri(), clock.instant()));
        }
    }

    private static Request request(Attempt attempt) {
        Request.Builder request = new Request.Builder()
                .url(attempt.url())
                .header("Accept", attempt.bounds().accept())
                .tag(RedirectGuard.class, attempt.guard())
                // Asked for explicitly so that OkHttp leaves the body compressed and both byte limits can apply.
                .header("Accept-Encoding", "gzip");
        Validators validators = attempt.bounds().validators();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        return request.build();
    }

    private Response execute(Call call, Attempt attempt) throws IOException, InterruptedException {
        try {
            return call.execute();
        } catch (RedirectGuard.RedirectRefusedException e) {
            throw new IOException(attempt.where() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw described(e, call, Phase.WAITING, attempt);
        }
    }

    private byte[] body(Call call, Response response, Attempt attempt) throws IOException, InterruptedException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        BoundedBody.checkDeclared(body, attempt.maxBytes(), attempt.where());
        byte[] wire;
        try {
            wire = BoundedBody.wire(body, attempt.maxBytes());
        } catch (IOException e) {
            throw described(e, call, Phase.READING, attempt);
        }
        return BoundedBody.decode(wire, response.header("Content-Encoding"), attempt.maxBytes(), attempt.where());
    }

    private IOException described(IOException e, Call call, Phase phase, Attempt attempt)
            throws InterruptedException {
        if (e instanceof InterruptedIOException && Thread.interrupted()) {
            InterruptedException interrupted = new InterruptedException(attempt.where() + ": interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
        return FetchFailure.describe(attempt.where(), e, phase, call.isCanceled(), attempt.limits());
    }

    private HttpUrl location(Response response, Attempt attempt) throws IOException {
        String location = response.header("Location");
        if (location == null || location.isBlank()) {
            throw new IOException(attempt.where() + ": HTTP " + response.code() + " redirect without a Location");
        }
        HttpUrl next = attempt.url().resolve(location.trim());
        if (next == null) {
            String shown = location.length() > MAX_SHOWN_LOCATION
                    ? location.substring(0, MAX_SHOWN_LOCATION) + "…" : location;
            throw new IOException(attempt.where() + ": redirect to unsupported URL '" + shown + "'");
        }
        return next;
    }

    private FeedHttpException httpError(String host, Response response, Attempt attempt) {
        int status = response.code();
        @Nullable Instant retryAfter = null;
        if (status == 429 || status == 503) {
            retryAfter = RetryAfter.from(response.headers(), clock.instant()).orElse(null);
            if (retryAfter != null) {
                gate.defer(host, retryAfter);
            }
        }
        String message = attempt.where() + ": " + ("HTTP " + status + " " + StatusText.of(status, response.message()))
                .strip();
        if (retryAfter != null) {
            message += " (Retry-After until " + shownTime(retryAfter, clock.instant()) + ")";
        }
        return new FeedHttpException(message, status, attempt.url().uri(), retryAfter);
    }

    /** Origin host and port: the unit servers rate-limit by. */
    private static String hostOf(HttpUrl url) {
        return url.host() + ":" + url.port();
    }

    private static String shownChain(List<HttpUrl> chain) {
        return chain.stream().map(FetchFailure::shown).collect(Collectors.joining(" → "));
    }

    /** The time of day when the deadline falls today (UTC), else the full instant. */
    private static String shownTime(Instant at, Instant now) {
        Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
        boolean today = seconds.truncatedTo(ChronoUnit.DAYS).equals(now.truncatedTo(ChronoUnit.DAYS));
        return today ? TIME_OF_DAY.format(seconds) : seconds.toString();
    }

    /** What a fetch asks for and how far it may go: validators, Accept, byte limit, time and redirect policy. */
    private record Bounds(Validators validators, String accept, int maxBytes, Duration within,
                          PrivateRedirects redirects) {
    }

    /**
     * One request of a fetch: the URL asked for first, the URL of this hop, the fetch's bounds, the limits with the
     * call timeout this fetch has, its deadline on {@link System#nanoTime()}, and its redirect guard.
     */
    private record Attempt(HttpUrl start, HttpUrl url, Bounds bounds, HttpLimits limits, long deadline,
                           RedirectGuard guard) {
        int maxBytes() {
            return bounds.maxBytes();
        }

        Validators validators() {
            return bounds.validators();
        }

        /** The start of every message: the URL asked for, and where a redirect led. */
        String where() {
            return url.equals(start) ? FetchFailure.shown(start)
                    : FetchFailure.shown(start) + " → " + FetchFailure.shown(url);
        }
    }

    /** What one request gave: a fetch, or where to go next. */
    private record Hop(@Nullable Fetch fetch, @Nullable HttpUrl redirect) {
        static Hop done(Fetch fetch) {
            return new Hop(fetch, null);
        }

        static Hop to(HttpUrl redirect) {
            return new Hop(null, redirect);
        }
    }
}
