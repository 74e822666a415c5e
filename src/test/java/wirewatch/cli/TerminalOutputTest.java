package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.ArticleRef;
import wirewatch.event.MatchEvent;
import wirewatch.feed.TerminalText;

/** Feed and config text with escapes and bidirectional controls never reaches the terminal raw. */
class TerminalOutputTest {
    private static final String TITLE = "Ceasefire \u202Eeltit desrever\u202C talks \u2066resume\u2069";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String[] tailOnce(boolean json) throws Exception {
        server.enqueue(new MockResponse().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>w</title>"
                        + "<link>http://127.0.0.1/</link><description>w</description><item><title>" + TITLE
                        + "</title><link>http://127.0.0.1/a1</link><guid>a1</guid><description>The ceasefire talks "
                        + "resume today in Jeddah, officials said.</description></item></channel></rss>"));
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: kyiv-wire\n    url: "
                + server.url("/rss") + "\nwatches:\n  - name: truce\n    query: ceasefire\n");
        String db = dir.resolve(json ? "json.db" : "human.db").toString();
        return json ? new String[] {"tail", "--once", "--json", "--config", config.toString(), "--db", db}
                : new String[] {"tail", "--once", "--config", config.toString(), "--db", db};
    }

    private static void assertNoRawControl(String text) {
        for (String line : text.split("\n", -1)) {
            assertTrue(line.chars().noneMatch(c -> TerminalText.isUnsafe((char) c)), line);
        }
    }

    @Test
    void tailDropsBidirectionalControlsFromItsLines() throws Exception {
        assertEquals(0, run(tailOnce(false)));
        assertTrue(out.toString().contains("match      [truce] kyiv-wire: Ceasefire eltit desrever talks resume"),
                out.toString());
        assertNoRawControl(out.toString());
    }

    @Test
    void tailJsonKeepsBidirectionalControlsAsEscapes() throws Exception {
        assertEquals(0, run(tailOnce(true)));
        assertTrue(out.toString().contains("\"title\":\"Ceasefire \\u202Eeltit desrever\\u202C talks \\u2066resume"
                + "\\u2069\""), out.toString());
        assertNoRawControl(out.toString());
    }

    @Test
    void checkShowsHostileConfigTextWithoutControls() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\nwatches:\n  - name: truce\n"
                + "    query: \"ceasefire\\e\\u202E AND talks\"\npeople:\n  \"Peskov\\e]0;pwned\\a\": [Peskov]\n");
        assertEquals(0, run("check", "--config", config.toString(), "--db", dir.resolve("w.db").toString()));
        assertTrue(out.toString().contains("  truce                    ceasefire AND talks"), out.toString());
        assertTrue(out.toString().contains("  Peskov: Peskov"), out.toString());
        assertNoRawControl(out.toString());
    }

    @Test
    void errorMessagesCarryNoControls() throws Exception {
        assertEquals(2, run("backtest", "\u001b]0;pwned\u0007(ceasefire \u202E", "--db",
                dir.resolve("w.db").toString()));
        assertNoRawControl(err.toString());
        assertTrue(err.toString().startsWith("wirewatch: cannot parse query '(ceasefire"),
                err.toString());
    }

    @Test
    void eventLineEscapesAWatchNameThatReachedIt() {
        ArticleRef article = new ArticleRef("a1", "kyiv-wire", TITLE, "https://kyiv-wire.example/1",
                Instant.parse("2025-03-13T14:02:11Z"));
        MatchEvent event = new MatchEvent("e1", Instant.parse("2025-03-13T14:02:11Z"), "bad\u001b[31mname",
                article, List.of(), "…ceasefire…", List.of("ceasefire"), List.of(), List.of());
        String line = EventLine.of(event);
        assertTrue(line.contains("[badname] kyiv-wire: Ceasefire eltit desrever talks resume"), line);
        assertNoRawControl(line);
    }
}
