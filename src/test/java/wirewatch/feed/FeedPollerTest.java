package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-13T14:00:00Z"), ZoneOffset.UTC);

    private final MockWebServer server = new MockWebServer();
    private final HttpLimits limits = HttpLimits.defaults();
    private final FeedPoller poller = new FeedPoller(HttpClients.create(limits), limits,
            new HostGate(limits.maxPerHost()), CLOCK);

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void firstFetchReturnsBodyAndValidators() throws Exception {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setHeader("ETag", "\"v7\"")
                .setHeader("Last-Modified", "Thu, 13 Mar 2025 07:40:00 GMT")
                .setBody(fixture("http/kyiv-briefing.xml")));

        Fetch fetch = poller.fetch(rss(), Validators.NONE);

        assertEquals(200, fetch.status());
        assertEquals(fixture("http/kyiv-briefing.xml"), text(fetch));
        assertEquals("application/rss+xml; charset=utf-8", fetch.contentType());
        assertEquals(new Validators("\"v7\"", "Thu, 13 Mar 2025 07:40:00 GMT"), fetch.validators());
        assertEquals(CLOCK.instant(), fetch.fetchedAt());
    }

    @Test
    void secondPollSendsStoredValidatorsAndGetsNotModified() throws Exception {
        server.enqueue(new MockResponse().setHeader("ETag", "\"v7\"")
                .setHeader("Last-Modified", "Thu, 13 Mar 2025 07:40:00 GMT")
                .setBody(fixture("http/kyiv-briefing.xml")));
        server.enqueue(new MockResponse().setResponseCode(304));

        Fetch first = poller.fetch(rss(), Validators.NONE);
        Fetch second = poller.fetch(rss(), first.validators());

        assertTrue(second.isNotModified());
        assertEquals(0, second.bodyLength());
        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertEquals("\"v7\"", conditional.getHeader("If-None-Match"));
        assertEquals("Thu, 13 Mar 2025 07:40:00 GMT", conditional.getHeader("If-Modified-Since"));
    }

    @Test
    void notModifiedKeepsValidatorsItDoesNotRepeat() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(304).setHeader("ETag", "\"v8\""));

        Fetch fetch = poller.fetch(rss(), new Validators("\"v7\"", "Thu, 13 Mar 2025 07:40:00 GMT"));

        assertEquals(new Validators("\"v8\"", "Thu, 13 Mar 2025 07:40:00 GMT"), fetch.validators());
    }

    @Test
    void firstFetchIsUnconditional() throws Exception {
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));

        poller.fetch(rss(), Validators.NONE);

        RecordedRequest request = server.takeRequest();
        assertNull(request.getHeader("If-None-Match"));
        assertNull(request.getHeader("If-Modified-Since"));
    }

    @Test
    void requestNamesReaderAndPrefersFeedTypes() throws Exception {
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml")));

        poller.fetch(rss(), Validators.NONE);

        RecordedRequest request = server.takeRequest();
        assertEquals("wirewatch/0.1 (+feed reader)", request.getHeader("User-Agent"));
        assertTrue(request.getHeader("Accept").startsWith("application/rss+xml"), request.getHeader("Accept"));
        assertEquals("gzip", request.getHeader("Accept-Encoding"));
    }

    @Test
    void gzipBodyIsDecoded() throws Exception {
        byte[] feed = fixture("http/kyiv-briefing.xml").getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip")
                .setBody(new Buffer().write(gzip(feed))));

        Fetch fetch = poller.fetch(rss(), Validators.NONE);

        assertArrayEquals(feed, fetch.body());
    }

    @Test
    void corruptGzipBodyIsAnError() {
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip")
                .setBody("Peskov said the Kremlin would study the proposal."));

        IOException e = assertThrows(IOException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertTrue(e.getMessage().startsWith(rss() + ": gzip body is corrupt"), e.getMessage());
    }

    @Test
    void unrequestedEncodingIsAnError() {
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "br").setBody("\u000b\u0003\u0080"));

        IOException e = assertThrows(IOException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": unsupported Content-Encoding 'br'", e.getMessage());
    }

    @Test
    void notFoundNamesUrlAndStatus() {
        server.enqueue(new MockResponse().setResponseCode(404).setBody("<h1>Not here</h1>"));

        FeedHttpException e = assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": HTTP 404 Not Found", e.getMessage());
        assertEquals(404, e.status());
    }

    @Test
    void serverErrorNamesUrlAndStatus() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("upstream exploded"));

        FeedHttpException e = assertThrows(FeedHttpException.class, () -> poller.fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": HTTP 500 Internal Server Error", e.getMessage());
        assertEquals(500, e.status());
    }

    @Test
    void pageFetchAsksForHtmlWithoutValidators() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
                .setBody(fixture("http/truce-talks.html")));

        Fetch page = poller.fetchPage(server.url("/2025/03/24/truce-talks").uri());

        assertEquals(fixture("http/truce-talks.html"), text(page));
        RecordedRequest request = server.takeRequest();
        assertTrue(request.getHeader("Accept").startsWith("text/html"), request.getHeader("Accept"));
        assertNull(request.getHeader("If-None-Match"));
    }

    @Test
    void nonHttpUrlIsRefusedWithoutARequest() {
        URI ftp = URI.create("ftp://news.example.org/kyiv/rss");

        IOException e = assertThrows(IOException.class, () -> poller.fetch(ftp, Validators.NONE));

        assertEquals("ftp://news.example.org/kyiv/rss: not an http or https URL", e.getMessage());
    }

    @Test
    void credentialsInUrlNeverReachMessages() {
        server.enqueue(new MockResponse().setResponseCode(401));
        URI withPassword = server.url("/private/rss").newBuilder().username("ana").password("s3cret").build().uri();

        IOException e = assertThrows(IOException.class, () -> poller.fetch(withPassword, Validators.NONE));

        assertEquals(rss("/private/rss") + ": HTTP 401 Unauthorized", e.getMessage());
    }

    private URI rss() {
        return rss("/rss");
    }

    private URI rss(String path) {
        return server.url(path).uri();
    }

    static String text(Fetch fetch) {
        return new String(fetch.body(), StandardCharsets.UTF_8);
    }

    static String fixture(String name) {
        try (InputStream in = FeedPollerTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }
}
