package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static wirewatch.feed.FeedPollerTest.fixture;
import static wirewatch.feed.FeedPollerTest.text;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wirewatch.config.PrivateRedirects;

class FeedPollerRedirectTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-13T14:00:00Z"), ZoneOffset.UTC);

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void redirectChainEndsAtTheMovedFeed() throws Exception {
        server.enqueue(redirect(301, "/kyiv/feed"));
        server.enqueue(redirect(302, url("/kyiv/rss.xml").toString()));
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));

        Fetch fetch = poller(HttpLimits.defaults()).fetch(url("/rss"), Validators.NONE);

        assertEquals(url("/kyiv/rss.xml"), fetch.finalUrl());
        assertEquals(fixture("http/kyiv-briefing.xml"), text(fetch));
        assertEquals("/kyiv/feed", pathOfRequest(2));
    }

    @Test
    void redirectedRequestStaysConditional() throws Exception {
        server.enqueue(redirect(308, "/kyiv/rss.xml"));
        server.enqueue(new MockResponse().setResponseCode(304));

        Fetch fetch = poller(HttpLimits.defaults()).fetch(url("/rss"), new Validators("\"v7\"", null));

        assertEquals(304, fetch.status());
        server.takeRequest();
        assertEquals("\"v7\"", server.takeRequest().getHeader("If-None-Match"));
    }

    @Test
    void loopbackFeedFollowsItsRedirectToAnotherLoopbackServer() throws Exception {
        try (MockWebServer moved = new MockWebServer()) {
            moved.start(InetAddress.getByName("127.0.0.1"), 0);
            moved.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));
            server.enqueue(redirect(301, moved.url("/kyiv/rss.xml").toString()));

            Fetch fetch = poller(HttpLimits.defaults()).fetch(url("/rss"), Validators.NONE, Duration.ofSeconds(30),
                    PrivateRedirects.REFUSE);

            assertEquals(moved.url("/kyiv/rss.xml").uri(), fetch.finalUrl());
            assertEquals(fixture("http/kyiv-briefing.xml"), text(fetch));
        }
    }

    @Test
    void redirectLoopNamesTheChain() {
        server.enqueue(redirect(302, "/b"));
        server.enqueue(redirect(302, "/a"));

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults()).fetch(url("/a"), Validators.NONE));

        assertEquals(url("/a") + ": redirect loop (" + url("/a") + " → " + url("/b") + " → " + url("/a") + ")",
                e.getMessage());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void tooManyRedirectsStopAtTheCap() {
        server.enqueue(redirect(301, "/r2"));
        server.enqueue(redirect(301, "/r3"));
        server.enqueue(redirect(301, "/r4"));

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults().withMaxRedirects(2)).fetch(url("/r1"), Validators.NONE));

        assertEquals(url("/r1") + ": too many redirects (more than 2: " + url("/r1") + " → " + url("/r2") + " → "
                + url("/r3") + " → " + url("/r4") + ")", e.getMessage());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void errorAfterRedirectNamesBothUrls() {
        server.enqueue(redirect(301, "/gone"));
        server.enqueue(new MockResponse().setResponseCode(410));

        FeedHttpException e = assertThrows(FeedHttpException.class,
                () -> poller(HttpLimits.defaults()).fetch(url("/rss"), Validators.NONE));

        assertEquals(url("/rss") + " → " + url("/gone") + ": HTTP 410 Gone", e.getMessage());
        assertEquals(url("/gone"), e.url());
    }

    @Test
    void redirectWithoutLocationIsAnError() {
        server.enqueue(new MockResponse().setResponseCode(302));

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults()).fetch(url("/rss"), Validators.NONE));

        assertEquals(url("/rss") + ": HTTP 302 redirect without a Location", e.getMessage());
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.enqueue(redirect(301, "file:///etc/passwd"));

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults()).fetch(url("/rss"), Validators.NONE));

        assertEquals(url("/rss") + ": redirect to unsupported URL 'file:///etc/passwd'", e.getMessage());
    }

    private String pathOfRequest(int index) throws InterruptedException {
        String path = null;
        for (int i = 0; i < index; i++) {
            path = server.takeRequest().getPath();
        }
        return path;
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse().setResponseCode(status).setHeader("Location", location);
    }

    private URI url(String path) {
        return server.url(path).uri();
    }

    private static FeedPoller poller(HttpLimits limits) {
        return new FeedPoller(HttpClients.create(limits), limits, new HostGate(limits.maxPerHost()), CLOCK);
    }
}
