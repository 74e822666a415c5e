package wirewatch.feed;

import static java.time.Duration.ofSeconds;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static wirewatch.feed.FeedPollerTest.fixture;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many feeds on one host never put more than the per-host allowance of requests on it at once. */
class HostGateTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-13T14:00:00Z"), ZoneOffset.UTC);
    private static final int FEEDS = 6;

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Semaphore answer = new Semaphore(0);

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    answer.acquire();
                } finally {
                    inFlight.decrementAndGet();
                }
                return new MockResponse().setBody(fixture("http/kyiv-briefing.xml"));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        answer.release(FEEDS);
        server.shutdown();
    }

    @Test
    void requestsToOneHostStayWithinItsAllowance() throws Exception {
        HttpLimits limits = HttpLimits.defaults().withMaxPerHost(2);
        FeedPoller poller = new FeedPoller(HttpClients.create(limits), limits, new HostGate(2), CLOCK);
        ExecutorService fetchers = Executors.newFixedThreadPool(FEEDS);
        try {
            List<Future<Fetch>> fetches = new ArrayList<>();
            for (int i = 0; i < FEEDS; i++) {
                URI feed = server.url("/feeds/desk-" + i + ".xml").uri();
                fetches.add(fetchers.submit(() -> poller.fetch(feed, Validators.NONE)));
            }
            await().atMost(ofSeconds(10)).until(() -> inFlight.get() == 2);
            answer.release(FEEDS);

            for (Future<Fetch> fetch : fetches) {
                assertEquals(200, fetch.get(10, TimeUnit.SECONDS).status());
            }
            assertEquals(2, mostAtOnce.get());
            assertEquals(FEEDS, server.getRequestCount());
        } finally {
            fetchers.shutdownNow();
        }
    }

    @Test
    void passedDeadlineIsForgotten() {
        HostGate gate = new HostGate(1);
        gate.defer("news.example.org:443", Instant.parse("2025-03-13T14:02:11Z"));

        assertEquals(Instant.parse("2025-03-13T14:02:11Z"),
                gate.deferredUntil("news.example.org:443", Instant.parse("2025-03-13T14:00:00Z")).orElseThrow());
        assertEquals(true,
                gate.deferredUntil("news.example.org:443", Instant.parse("2025-03-13T14:02:11Z")).isEmpty());
    }

    @Test
    void laterDeadlineWins() {
        HostGate gate = new HostGate(1);
        gate.defer("news.example.org:443", Instant.parse("2025-03-13T15:00:00Z"));
        gate.defer("news.example.org:443", Instant.parse("2025-03-13T14:05:00Z"));

        assertEquals(Instant.parse("2025-03-13T15:00:00Z"),
                gate.deferredUntil("news.example.org:443", Instant.parse("2025-03-13T14:00:00Z")).orElseThrow());
    }
}
