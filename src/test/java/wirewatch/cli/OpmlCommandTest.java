package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.ConfigLoader;
import wirewatch.config.FeedSpec;

/** {@code wirewatch opml}: the feeds as OPML that wirewatch, or another reader, imports back. */
class OpmlCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static final String FEEDS = "feeds:\n"
            + "  - name: kyiv-wire\n    url: http://127.0.0.1:9/rss?lang=en&section=world\n"
            + "  - name: example-com-website-atom-feed-with-a-name-longer-than-forty\n"
            + "    url: https://127.0.0.1:9/atom/it's-here\n"
            + "  - name: river-post\n    url: http://[::1]:9/feed.xml\n    every: 1h\n";

    @Test
    void opmlPrintsOneEscapedOutlineAFeed() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), FEEDS);
        assertEquals(0, run("opml", "--config", config.toString()));
        String opml = out.toString();
        assertTrue(opml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"), opml);
        assertTrue(opml.contains("<outline type=\"rss\" text=\"kyiv-wire\" title=\"kyiv-wire\" "
                + "xmlUrl=\"http://127.0.0.1:9/rss?lang=en&amp;section=world\"/>"), opml);
        assertEquals(3, opml.lines().filter(line -> line.contains("<outline")).count(), opml);
        assertEquals("", err.toString());
    }

    @Test
    void exportedFeedsImportAsTheSameFeeds() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), FEEDS);
        assertEquals(0, run("opml", "--config", config.toString()));
        Files.writeString(dir.resolve("exported.opml"), out.toString());
        Path imports = Files.writeString(dir.resolve("imports.yml"), "feeds:\n  - opml: exported.opml\n");
        assertEquals(names(ConfigLoader.load(config).feeds()), names(ConfigLoader.load(imports).feeds()));
    }

    @Test
    void checkWarnsOfEachSkippedOutlineAndListsTheRest() throws Exception {
        Files.writeString(dir.resolve("mixed.opml"), "<opml version=\"2.0\"><body>\n"
                + "<outline text=\"Tweets\" xmlUrl=\"|~/bin/tweets.py\"/>\n"
                + "<outline text=\"Quay Weekly\" xmlUrl=\"http://127.0.0.1:9/feed\"/>\n</body></opml>\n");
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - opml: mixed.opml\n");
        assertEquals(0, run("check", "--config", config.toString(), "--db", dir.resolve("w.db").toString()));
        assertEquals("wirewatch: warning: " + dir.resolve("mixed.opml") + ":2:51: skipped OPML outline 'Tweets': "
                + "xmlUrl '|~/bin/tweets.py' runs a command; wirewatch polls only http and https feeds\n",
                err.toString());
        assertTrue(out.toString().contains("quay-weekly"), out.toString());
    }

    private static List<String> names(List<FeedSpec> feeds) {
        return feeds.stream().map(feed -> feed.name() + " " + feed.url()).toList();
    }
}
