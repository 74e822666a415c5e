package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tail --story}: the events of one story's watches, and a clear refusal of a story that is not there. */
class TailStoryTest {
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

    private String config(String watches) throws Exception {
        return Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: kyiv-wire\n    url: "
                + server.url("/rss") + "\nwatches:\n" + watches).toString();
    }

    private static final String TWO_STORIES = """
              - name: truce
                query: ceasefire
                story: ketra-talks
              - name: harvest
                query: grain
                story: harvest
              - name: ports
                query: grain
            """;

    @Test
    void storyPrintsOnlyItsWatchesEvents() throws Exception {
        server.enqueue(new MockResponse().addHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .setBody("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>w</title>"
                        + "<link>http://127.0.0.1/</link><description>w</description>"
                        + "<item><title>Ceasefire holds</title><link>http://127.0.0.1/a1</link><guid>a1</guid>"
                        + "<description>The ceasefire held overnight, officials said.</description></item>"
                        + "<item><title>Grain ships sail</title><link>http://127.0.0.1/a2</link><guid>a2</guid>"
                        + "<description>The first grain ships left port today.</description></item>"
                        + "</channel></rss>"));
        assertEquals(0, run("tail", "--once", "--json", "--story", "harvest", "--config", config(TWO_STORIES),
                "--db", dir.resolve("w.db").toString()), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("\"watch\":\"harvest\""), printed);
        assertFalse(printed.contains("\"watch\":\"truce\""), printed);
        assertFalse(printed.contains("\"watch\":\"ports\""), printed);
    }

    @Test
    void unknownStoryIsBadUsageNamingTheKnownOnes() throws Exception {
        assertEquals(2, run("tail", "--once", "--story", "harvset", "--config", config(TWO_STORIES), "--db",
                dir.resolve("w.db").toString()));
        assertTrue(err.toString().startsWith("wirewatch: --story harvset: no such story in "), err.toString());
        assertTrue(err.toString().contains("; the stories are: harvest, ketra-talks"), err.toString());
        assertEquals(0, server.getRequestCount());
        assertFalse(Files.exists(dir.resolve("w.db")));
    }

    @Test
    void storyWhenNoWatchHasOneSaysHowToAddIt() throws Exception {
        assertEquals(2, run("tail", "--once", "--story", "harvest", "--config",
                config("  - name: truce\n    query: ceasefire\n"), "--db", dir.resolve("w.db").toString()));
        assertTrue(err.toString().contains("no watch in " + dir.resolve("feeds.yml") + " has a story; add "
                + "'story: harvest' to the watches to follow together"), err.toString());
    }
}
