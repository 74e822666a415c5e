package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.FullText;
import wirewatch.config.WatchSpec;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoreException;

/** A store that fills up (SQLite's max_page_count) and then has room again: each change is told once. */
class StoreFullNoticeTest {
    @TempDir
    Path dir;

    private MockWebServer server;
    private final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static String bigFeed() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>"
                + "<link>http://127.0.0.1/</link><description>d</description>");
        for (int i = 0; i < 40; i++) {
            rss.append("<item><title>Dispatch ").append(i).append("</title><link>http://127.0.0.1:9/a").append(i)
                    .append("</link><guid>g").append(i).append("</guid><description>")
                    .append("Council members met on market day to debate the budget. ".repeat(200))
                    .append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
    }

    @Test
    void fullStoreIsToldOnceWhenWritingStopsAndOnceWhenItResumes() throws Exception {
        Path file = dir.resolve("w.db");
        SqliteStore.open(file).close();
        server.enqueue(new MockResponse().setBody(bigFeed()));
        server.enqueue(new MockResponse().setBody(bigFeed()));
        server.enqueue(new MockResponse().setResponseCode(304));
        Config config = Config.of(List.of(FeedSpec.of("big", URI.create(server.url("/big.xml").toString()))
                .withFullText(FullText.NEVER)), List.of(WatchSpec.query("truce", "ceasefire AND Kremlin")));
        try (SqliteStore store = SqliteStore.openFull(file, 40);
             Engine engine = Engine.create(config, store, Clock.systemUTC(), EngineOptions.defaults())) {
            engine.addWriteListener(new WriteListener() {
                @Override
                public void stopped(StoreException cause) {
                    notices.add("stopped: " + cause.getMessage());
                }

                @Override
                public void resumed() {
                    notices.add("resumed");
                }
            });
            assertThrows(StoreException.class, engine::runOnce);
            assertThrows(StoreException.class, engine::runOnce);
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).startsWith("stopped: " + file + ": "), notices.get(0));
            assertTrue(notices.get(0).contains("disk full"), notices.get(0));
            engine.runOnce();
            assertEquals("resumed", notices.get(1));
            assertEquals(2, notices.size(), notices.toString());
        }
    }
}
