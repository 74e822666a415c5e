package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.EventJson;

/** A statement whose article names no speaker: JSON writes null, the human-readable lines say so in words. */
class UnattributedSpeakerTest {
    private static final String QUOTE = "We will not sign anything that rewards the invasion,";
    private static final String TEXT = "Talks on the ceasefire resumed in Geneva on Monday, the Kremlin confirmed, as "
            + "envoys prepared for another long day of negotiations over the terms of a truce.\n\n"
            + "\u201C" + QUOTE + "\u201D he said.\n\n"
            + "The delegations met for three hours and agreed to meet again on Wednesday, officials said.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(EventJson.mapper().readTree(line));
            }
        }
        return lines;
    }

    private static boolean hasNullSpeaker(JsonNode node) {
        return node.has("speaker") && node.get("speaker").isNull();
    }

    @Test
    void extractJsonWritesANullSpeaker() throws Exception {
        Path article = Files.writeString(dir.resolve("talks.txt"), TEXT);
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");

        assertEquals(0, run("extract", "--json", article.toString(), "--config", config.toString()));

        JsonNode line = jsonLines().get(0);
        assertEquals(QUOTE, line.get("quote").asText());
        assertTrue(hasNullSpeaker(line), line.toString());
    }

    @Test
    void extractTextSaysTheStatementIsUnattributed() throws Exception {
        Path article = Files.writeString(dir.resolve("talks.txt"), TEXT);
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");

        assertEquals(0, run("extract", article.toString(), "--config", config.toString()));

        assertTrue(out.toString().contains("(unattributed): \u201C" + QUOTE), out.toString());
        assertFalse(out.toString().contains("null"), out.toString());
    }

    @Test
    void tailJsonAndStatementsWriteANullSpeaker() throws Exception {
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
            String db = dir.resolve("w.db").toString();

            assertEquals(0, run("tail", "--once", "--json", "--config", config.toString(), "--db", db), err.toString());
            JsonNode statement = jsonLines().stream().filter(e -> e.get("type").asText().equals("statement"))
                    .filter(e -> e.get("quote").asText().equals(QUOTE)).findFirst().orElseThrow();
            JsonNode match = jsonLines().stream().filter(e -> e.get("type").asText().equals("match")).findFirst()
                    .orElseThrow();
            assertTrue(hasNullSpeaker(statement), statement.toString());
            assertTrue(hasNullSpeaker(match.get("statements").get(0)), match.toString());

            out.getBuffer().setLength(0);
            assertEquals(0, run("statements", "--json", "--config", config.toString(), "--db", db));
            JsonNode stored = jsonLines().stream().filter(s -> s.get("quote").asText().equals(QUOTE)).findFirst()
                    .orElseThrow();
            assertTrue(hasNullSpeaker(stored), stored.toString());

            out.getBuffer().setLength(0);
            assertEquals(0, run("statements", "--config", config.toString(), "--db", db));
            assertTrue(out.toString().contains("(unattributed): \u201C" + QUOTE), out.toString());
        }
    }

    private static String feed() {
        String html = "<p>" + TEXT.replace("\n\n", "</p><p>").strip() + "</p>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Harbour Wire"
                + "</title><link>http://127.0.0.1/</link><description>Harbour Wire</description>"
                + "<item><title>Ceasefire talks resume in Geneva</title><link>http://127.0.0.1:9/hw-1</link>"
                + "<guid>hw-1</guid><pubDate>Thu, 13 Mar 2025 14:02:11 GMT</pubDate><description><![CDATA["
                + html + "]]></description></item></channel></rss>\n";
    }
}
