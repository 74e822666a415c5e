package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;
import wirewatch.tui.ScreenText;

/** The commands on a PostgreSQL store named by {@code --db postgresql://…}. */
class PostgresCliTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String QUOTE = "We will not sign anything that rewards the invasion,";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void passwordInTheStoreAddressIsABadArgument() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");
        assertEquals(2, run("tail", "--once", "--config", config.toString(), "--db",
                "postgresql://ana:hunter2@127.0.0.1:5432/news"));
        assertFalse(err.toString().contains("hunter2"), err.toString());
        assertTrue(err.toString().contains("the store address postgresql://ana:***@127.0.0.1:5432/news holds a "
                + "password; take it out and put it in PGPASSWORD or ~/.pgpass"), err.toString());
    }

    @Test
    void fileCommandsSayAPostgresqlStoreIsNotAFile() {
        assertEquals(2, run("store", "check", "--db", "postgresql://ana@127.0.0.1:5432/news"));
        assertEquals("wirewatch: 'store check' works on a SQLite store file; postgresql://ana@127.0.0.1:5432/news is a "
                + "PostgreSQL database: use PostgreSQL's own tools (pg_amcheck, pg_dump)\n", err.toString());
    }

    @Test
    void tailStoresInPostgresqlAndStatementsReadItBack() throws Exception {
        String db = PgServer.shared().freshDatabase().toString();
        try (MockWebServer site = new MockWebServer()) {
            site.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                            .setBody(feed());
                }
            });
            site.start(InetAddress.getLoopbackAddress(), 0);
            Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: harbour-wire\n    url: "
                    + site.url("/rss") + "\n    fulltext: never\nwatches:\n  - name: truce\n"
                    + "    query: 'ceasefire AND Kremlin'\n");

            assertEquals(0, run("tail", "--once", "--json", "--config", config.toString(), "--db", db),
                    err.toString());
            assertTrue(out.toString().contains("\"type\":\"match\""), out.toString());

            out.getBuffer().setLength(0);
            assertEquals(0, run("tail", "--once", "--json", "--config", config.toString(), "--db", db),
                    err.toString());
            assertFalse(out.toString().contains("\"type\":\"match\""), "matched twice: " + out);

            out.getBuffer().setLength(0);
            assertEquals(0, run("statements", "--json", "--config", config.toString(), "--db", db), err.toString());
            assertTrue(out.toString().contains(QUOTE), out.toString());

            out.getBuffer().setLength(0);
            assertEquals(0, run("backtest", "ceasefire AND Geneva", "--since", "100000d", "--config",
                    config.toString(), "--db", db), err.toString());
            assertTrue(out.toString().contains("Kremlin weighs ceasefire"), out.toString());
        }
    }

    @Test
    void storeUrlInTheConfigIsUsedWhenDbIsNotGiven() throws Exception {
        String db = PgServer.shared().freshDatabase().toString();
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nstore: {url: " + db + "}\n");
        assertEquals(0, run("check", "--config", config.toString()), err.toString());
        assertTrue(out.toString().contains("store " + db + ": 0 articles"), out.toString());
    }

    @Test
    void dashboardBesideAWriterIsReadOnlyThenPollsOnceTheWriterStops() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        String db = address.toString();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 30));
        Semaphore flushed = new Semaphore(0);
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                flushed.release();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal resized, TerminalSize size) {
            }
        });
        ExecutorService dashboardThread = Executors.newSingleThreadExecutor();
        try (MockWebServer site = new MockWebServer()) {
            site.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                            .setBody(feed());
                }
            });
            site.start(InetAddress.getLoopbackAddress(), 0);
            Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: harbour-wire\n    url: "
                    + site.url("/rss") + "\n    fulltext: never\nwatches:\n  - name: truce\n"
                    + "    query: 'ceasefire AND Kremlin'\n");
            Future<Integer> dashboard;
            try (PostgresStore writer = PostgresStore.open(address, Map.of())) {
                dashboard = dashboardThread.submit(() -> Cli.commandLine(InputStream.nullInputStream(),
                        new PrintWriter(out, true), new PrintWriter(err, true), () -> terminal)
                        .execute("--config", config.toString(), "--db", db));
                shows(terminal, flushed, "READ-ONLY");
            }
            // The writer has stopped: the dashboard takes the store over and polls the feed itself.
            shows(terminal, flushed, "Kremlin weighs ceasefire");
            String screen = ScreenText.all(terminal);
            assertTrue(screen.contains("polls now") || !screen.contains("READ-ONLY"), screen);
            terminal.addInput(new KeyStroke('q', false, false));
            assertEquals(0, assertTimeoutPreemptively(HANG_GUARD, () -> dashboard.get()), err.toString());
        } finally {
            dashboardThread.shutdownNow();
        }
    }

    /** Waits, frame by frame, until the dashboard's screen holds the text; a hang guard, not a timed look. */
    private static void shows(DefaultVirtualTerminal terminal, Semaphore flushed, String text) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            while (!ScreenText.all(terminal).contains(text)) {
                flushed.acquire();
            }
        }, () -> "the dashboard never showed '" + text + "':\n" + ScreenText.all(terminal));
    }

    private static String feed() {
        String text = "<p>Talks on the ceasefire resumed in Geneva on Monday, the Kremlin confirmed.</p><p>\u201C"
                + QUOTE + "\u201D he said.</p>";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Harbour</title>"
                + "<link>http://127.0.0.1/</link><description>d</description><item><title>Kremlin weighs ceasefire"
                + "</title><link>http://127.0.0.1/a1</link><guid>a1</guid>"
                + "<pubDate>Thu, 13 Mar 2025 14:02:11 GMT</pubDate><description><![CDATA[" + text
                + "]]></description></item></channel></rss>";
    }
}
