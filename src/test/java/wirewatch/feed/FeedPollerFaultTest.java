package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.feed.FeedPollerTest.fixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile and broken servers: each fault ends the fetch with one clear line, never a hang or an out-of-memory. */
class FeedPollerFaultTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-13T14:00:00Z"), ZoneOffset.UTC);
    private static final int MIB = 1024 * 1024;

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
    void gzipBombStopsAtTheLimit() throws Exception {
        byte[] bomb = zerosGzipped(128 * MIB);
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip").setBody(new Buffer().write(bomb)));

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults()).fetch(rss(), Validators.NONE));

        assertTrue(bomb.length < MIB, "bomb is " + bomb.length + " bytes on the wire");
        assertTrue(e.getMessage().startsWith(rss() + ": body exceeds 16 MiB limit once decompressed (gzip"),
                e.getMessage());
    }

    @Test
    void declaredOversizedBodyIsRefused() {
        server.enqueue(new MockResponse().setBody(new Buffer().write(new byte[200 * 1024])));
        HttpLimits limits = HttpLimits.defaults().withMaxFeedBytes(64 * 1024);

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": body exceeds 64 KiB limit (Content-Length 204800)", e.getMessage());
    }

    @Test
    void chunkedBodyStopsAtTheLimit() {
        server.enqueue(new MockResponse().setChunkedBody(new Buffer().write(new byte[200 * 1024]), 8192));
        HttpLimits limits = HttpLimits.defaults().withMaxFeedBytes(64 * 1024);

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": body exceeds 64 KiB limit", e.getMessage());
    }

    @Test
    void pageHasItsOwnSmallerLimit() {
        server.enqueue(new MockResponse().setBody(fixture("http/truce-talks.html")));
        HttpLimits limits = HttpLimits.defaults().withMaxPageBytes(512);
        URI page = server.url("/2025/03/24/truce-talks").uri();

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetchPage(page));

        assertTrue(e.getMessage().startsWith(page + ": body exceeds 512 bytes limit"), e.getMessage());
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        HttpLimits limits = HttpLimits.defaults().withReadTimeout(Duration.ofMillis(300));

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": timed out after 300ms waiting for a response", e.getMessage());
    }

    @Test
    void bodyThatStopsHalfwayTimesOutReading() {
        // Promises 4 KiB, sends 60 bytes, then keeps the connection open and silent.
        server.enqueue(new MockResponse().setBody("<rss version=\"2.0\"><channel><title>Kyiv Morning Briefing")
                .setHeader("Content-Length", "4096"));
        HttpLimits limits = HttpLimits.defaults().withReadTimeout(Duration.ofMillis(300));

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": timed out after 300ms reading", e.getMessage());
    }

    @Test
    void slowDripHitsTheCallTimeout() {
        // Each read succeeds in time, so only the whole-fetch deadline can stop it.
        server.enqueue(new MockResponse().setBody(fixture("http/kyiv-briefing.xml"))
                .throttleBody(32, 50, TimeUnit.MILLISECONDS));
        HttpLimits limits = HttpLimits.defaults().withCallTimeout(Duration.ofMillis(400));

        IOException e = assertThrows(IOException.class, () -> poller(limits).fetch(rss(), Validators.NONE));

        assertEquals(rss() + ": timed out after 400ms in all (body still arriving)", e.getMessage());
    }

    @Test
    void refusedConnectionNamesTheUrl() throws Exception {
        MockWebServer gone = new MockWebServer();
        gone.start();
        URI url = gone.url("/rss").uri();
        gone.shutdown();

        IOException e = assertThrows(IOException.class,
                () -> poller(HttpLimits.defaults()).fetch(url, Validators.NONE));

        assertEquals(url + ": could not connect (Connection refused)", e.getMessage());
    }

    @Test
    void tlsFailureNamesTheHandshake() throws Exception {
        // A plain-HTTP server on an https URL: the handshake reads an HTTP status line where a TLS record belongs.
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ExecutorService acceptor = Executors.newSingleThreadExecutor();
            try {
                acceptor.submit(() -> answerInPlainText(plain));
                URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/rss");

                IOException e = assertThrows(IOException.class,
                        () -> poller(HttpLimits.defaults()).fetch(https, Validators.NONE));

                assertTrue(e.getMessage().startsWith(https + ": TLS handshake failed: "), e.getMessage());
            } finally {
                acceptor.shutdownNow();
            }
        }
    }

    private static Void answerInPlainText(ServerSocket listener) throws IOException {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                socket.getOutputStream().write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return null;
    }

    private FeedPoller poller(HttpLimits limits) {
        return new FeedPoller(HttpClients.create(limits), limits, new HostGate(limits.maxPerHost()), CLOCK);
    }

    private URI rss() {
        return server.url("/rss").uri();
    }

    /** A small gzip body that inflates to {@code size} zero bytes. */
    private static byte[] zerosGzipped(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[64 * 1024];
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
