package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.feed.FeedPollerTest.fixture;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A host that answers 429 or 503 with Retry-After is left alone until then, by every later fetch. */
class FeedPollerRetryAfterTest {
    private static final Instant NOW = Instant.parse("2025-03-13T14:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final SteppingClock clock = new SteppingClock(NOW);
    private final HttpLimits limits = HttpLimits.defaults();
    private final HostGate gate = new HostGate(limits.maxPerHost());
    private final FeedPoller poller = new FeedPoller(HttpClients.create(limits), limits, gate, clock);

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void tooManyRequestsCarriesTheDeadline() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));

        FeedHttpException e = assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(Optional.of(NOW.plusSeconds(120)), e.retryAfter());
        assertEquals(rss() + ": HTTP 429 Too Many Requests (Retry-After until 14:02:00Z)", e.getMessage());
    }

    @Test
    void fetchWithinRetryAfterFailsFastWithoutARequest() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "131"));
        assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));
        clock.advance(Duration.ofSeconds(60));

        HostDeferredException e = assertThrows(HostDeferredException.class,
                () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": host asked to wait (Retry-After) until 14:02:11Z", e.getMessage());
        assertEquals(NOW.plusSeconds(131), e.notBefore());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void fetchResumesOnceTheDeadlinePasses() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));
        assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));
        clock.advance(Duration.ofSeconds(120));

        Fetch fetch = poller.fetch(rss(), Validators.NONE);

        assertEquals(200, fetch.status());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retryAfterAsHttpDateDefersPagesOnTheSameHost() {
        server.enqueue(new MockResponse().setResponseCode(503)
                .setHeader("Retry-After", "Thu, 13 Mar 2025 15:30:00 GMT"));
        assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        HostDeferredException e = assertThrows(HostDeferredException.class,
                () -> poller.fetchPage(server.url("/2025/03/24/truce-talks").uri()));

        assertEquals(Instant.parse("2025-03-13T15:30:00Z"), e.notBefore());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retryAfterDefersOnlyThatHost() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "600"));
        assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));
        try (MockWebServer other = new MockWebServer()) {
            other.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));
            other.start();

            Fetch fetch = poller.fetch(other.url("/rss").uri(), Validators.NONE);

            assertEquals(200, fetch.status());
        }
    }

    @Test
    void unreasonableRetryAfterIsCutToSixHours() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "31536000"));

        FeedHttpException e = assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(Optional.of(NOW.plus(Duration.ofHours(6))), e.retryAfter());
    }

    @Test
    void serverErrorWithoutRetryAfterDefersNothing() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));
        FeedHttpException e = assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        Fetch fetch = poller.fetch(rss(), Validators.NONE);

        assertTrue(e.retryAfter().isEmpty());
        assertEquals(200, fetch.status());
    }

    private URI rss() {
        return server.url("/rss").uri();
    }

    /** A clock that moves only when the test says so. */
    private static final class SteppingClock extends Clock {
        private volatile Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock is UTC only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
