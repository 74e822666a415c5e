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
import java.util.List;
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
import wirewatch.store.Leases;
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
    void dashboardBesideAnotherPollerShowsWhatIsCommitted() throws Exception {
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
            // Pollers share a PostgreSQL store by leases: a dashboard beside another poller polls its share too,
            // and shows what either of them commits.
            Future<Integer> dashboard = dashboardThread.submit(() -> Cli.commandLine(InputStream.nullInputStream(),
                    new PrintWriter(out, true), new PrintWriter(err, true), () -> terminal)
                    .execute("--config", config.toString(), "--db", db));
            assertEquals(0, run("tail", "--once", "--config", config.toString(), "--db", db), err.toString());
            shows(terminal, flushed, "Kremlin weighs ceasefire");
            String screen = ScreenText.all(terminal);
            assertFalse(screen.contains("READ-ONLY"), screen);
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

    @Test
    void checkShowsThePollersTheirLeasesAndTheOutbox() throws Exception {
        PgAddress db = PgServer.shared().freshDatabase();
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: harbour-wire\n    url: "
                + "http://127.0.0.1:9/rss\n  - name: quay-desk\n    url: http://127.0.0.1:9/quay\nstore: {url: " + db
                + ", lease: 20s}\n");
        try (PostgresStore store = PostgresStore.open(db, Map.of());
             Leases leases = store.leases(Duration.ofSeconds(20), List.of("harbour-wire", "quay-desk"), List.of())) {
            leases.start((feeds, hooks) -> { });
            String id = store.pollers().get(0).id();
            assertEquals(0, run("check", "--config", config.toString()), err.toString());
            assertTrue(out.toString().contains("  outbox: 0 deliveries pending\n"), out.toString());
            assertTrue(out.toString().contains("pollers (1), lease 20s:\n  " + id + "  alive, 2 feeds, 0 hooks leased"),
                    out.toString());
        }
    }
}
