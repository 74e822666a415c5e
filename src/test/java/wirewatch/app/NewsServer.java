package wirewatch.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A loopback news site for tests: serves feeds and article pages from a map the test edits, with ETags so that
 * unchanged documents answer 304 to conditional requests, and counts the 304s.
 */
final class NewsServer implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, Integer> status = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();
    private volatile int notModified;

    NewsServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath() == null ? "/" : request.getPath();
                requests.merge(path, 1, Integer::sum);
                awaitRelease(path);
                Integer forced = status.get(path);
                if (forced != null) {
                    return new MockResponse().setResponseCode(forced).setBody("server trouble");
                }
                byte[] body = documents.get(path);
                if (body == null) {
                    return new MockResponse().setResponseCode(404).setBody("not found");
                }
                String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"";
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    notModified++;
                    return new MockResponse().setResponseCode(304).addHeader("ETag", etag);
                }
                String type = path.endsWith(".html") ? "text/html; charset=utf-8"
                        : "application/rss+xml; charset=utf-8";
                return new MockResponse().addHeader("ETag", etag).addHeader("Content-Type", type)
                        .setBody(new Buffer().write(body));
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    String url(String path) {
        return server.url(path).toString();
    }

    void put(String path, String body) {
        documents.put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves bytes as they are, invalid ones included. */
    void putBytes(String path, byte[] body) {
        documents.put(path, body.clone());
    }

    /** Answers requests for {@code path} only once {@code release} is counted down: a feed that takes its time. */
    void hold(String path, CountDownLatch release) {
        held.put(path, release);
    }

    private void awaitRelease(String path) {
        CountDownLatch release = held.get(path);
        try {
            if (release != null && !release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(path + " was held for a minute and never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void fail(String path, int code) {
        status.put(path, code);
    }

    /** How many requests arrived for paths starting with {@code prefix}, answered or not. */
    int requestsUnder(String prefix) {
        return requests.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(Map.Entry::getValue).sum();
    }

    int notModified() {
        return notModified;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    /** The publication date the tests' items carry. */
    static final String DATE = "Thu, 13 Mar 2025 14:02:11 GMT";
    /** A wire story with a Kremlin spokesman's quotes and reported speech, as an item's HTML description. */
    static final String PESKOV = "<p>The Kremlin said on Thursday it would study the American ceasefire "
            + "proposal before giving an answer, as envoys prepared for another day of talks.</p>"
            + "<p>\u201CWe need to study the proposal carefully before we say anything,\u201D Kremlin spokesman "
            + "Dmitry Peskov told reporters in Moscow. \u201CThere are questions that must be answered first.\u201D</p>"
            + "<p>Peskov said Russia would not accept a pause that allowed Ukraine to regroup, and he added that "
            + "President Vladimir Putin would speak about the plan later in the week.</p>"
            + "<p>Officials in Kyiv said they had already agreed to the thirty-day truce and urged Moscow to "
            + "follow suit without preconditions, while European diplomats warned that time was short.</p>";

    /** An RSS 2.0 feed of the given items. */
    static String rss(String title, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://127.0.0.1/</link><description>" + title + "</description>"
                + String.join("", items) + "</channel></rss>\n";
    }

    static String item(String guid, String title, String link, String date, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + guid + "</guid><pubDate>" + date
                + "</pubDate><description><![CDATA[" + description + "]]></description></item>";
    }
}
