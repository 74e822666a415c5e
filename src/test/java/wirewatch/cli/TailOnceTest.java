package wirewatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tail --once} prints each feed's events when that feed is recorded, not when the round ends. */
class TailOnceTest {
    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger slowRequests = new AtomicInteger();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if ("/slow".equals(request.getPath())) {
                    slowRequests.incrementAndGet();
                    if (!release.await(60, TimeUnit.SECONDS)) {
                        return new MockResponse().setResponseCode(503);
                    }
                    return rss("slow-1", "Ceasefire holds at the border, the slow desk reports");
                }
                return rss("fast-1", "Ceasefire talks resume in the capital");
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.shutdown();
    }

    private static MockResponse rss(String guid, String title) {
        return new MockResponse().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>w</title>"
                        + "<link>http://127.0.0.1/</link><description>w</description><item><title>" + title
                        + "</title><link>http://127.0.0.1/" + guid + "</link><guid>" + guid + "</guid><description>"
                        + title + ", officials said.</description></item></channel></rss>");
    }

    private String[] tailOnce() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n"
                + "  - name: slow-desk\n    url: " + server.url("/slow") + "\n"
                + "  - name: fast-desk\n    url: " + server.url("/fast") + "\n"
                + "watches:\n  - name: truce\n    query: ceasefire\n");
        return new String[] {"tail", "--once", "--config", config.toString(), "--db", dir.resolve("w.db").toString()};
    }

    @Test
    void aFastFeedIsPrintedWhileASlowOneHangs() throws Exception {
        String[] args = tailOnce();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                Future<Integer> code = runner.submit(
                        () -> Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args));
                await().atMost(Duration.ofSeconds(45)).until(() -> out.toString().contains("fast-desk"));
                // The slow feed's one request is still unanswered: releasing it now lets it succeed.
                assertEquals(1, slowRequests.get());
                release.countDown();
                assertEquals(0, code.get());
            });
        } finally {
            runner.shutdownNow();
        }
        String printed = out.toString();
        assertTrue(printed.indexOf("fast-desk") < printed.indexOf("slow-desk"), printed);
        assertFalse(printed.contains("feed_error"), printed);
        assertFalse(err.toString().contains("\r"), "progress went to a pipe: " + err);
    }
}
