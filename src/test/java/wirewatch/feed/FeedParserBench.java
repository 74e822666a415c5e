package wirewatch.feed;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Throughput of {@link FeedParser} on a generated 50-item RSS 2.0 feed, next to plain Rome reading the same bytes.
 * Not a test: run it by hand, e.g. {@code java -cp target/classes:target/test-classes:DEPS
 * wirewatch.feed.FeedParserBench}, and read items per second.
 */
final class FeedParserBench {
    private static final int ITEMS = 50;
    private static final URI BASE = URI.create("http://127.0.0.1:8080/feeds/17.xml");

    private FeedParserBench() {
    }

    public static void main(String[] args) throws Exception {
        byte[] feed = generate(ITEMS);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        FeedParser parser = new FeedParser();
        report("warm-up wirewatch", rounds / 4, () -> parser.parse("bench-feed", feed, "application/rss+xml", BASE));
        if (args.length > 1 && args[1].equals("only")) {
            report("wirewatch FeedParser", rounds, () -> parser.parse("bench-feed", feed, "application/rss+xml",
                    BASE));
            return;
        }
        report("warm-up rome", rounds / 4, () -> new SyndFeedInput().build(
                new XmlReader(new ByteArrayInputStream(feed), "application/rss+xml")));
        report("wirewatch FeedParser", rounds, () -> parser.parse("bench-feed", feed, "application/rss+xml", BASE));
        report("plain Rome SyndFeedInput", rounds, () -> new SyndFeedInput().build(
                new XmlReader(new ByteArrayInputStream(feed), "application/rss+xml")));
        System.out.println("feed: " + ITEMS + " items, " + feed.length + " bytes");
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void report(String name, int rounds, Work work) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-26s %8.0f items/s  %6.3f ms/feed%n", name, rounds * ITEMS / seconds,
                seconds * 1000 / rounds);
    }

    static byte[] generate(int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Bench desk</title><link>http://127.0.0.1:8080/</link>"
                + "<description>generated</description>");
        ZonedDateTime time = ZonedDateTime.of(2025, 3, 13, 14, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < items; i++) {
            String link = "http://127.0.0.1:8080/articles/17-" + i + ".html";
            xml.append("<item><title>Envoys report progress on truce talks, round ").append(i).append("</title>")
                    .append("<link>").append(link).append("</link><guid>").append(link).append("</guid>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(time.minusMinutes(
                            i * 7L))).append("</pubDate>")
                    .append("<description><![CDATA[<p>\"We are closer than we were on Monday,\" a senior official"
                            + " said on Thursday, asking not to be named because the talks are private.</p>"
                            + "<p>The Kremlin said it would study the ceasefire proposal, but its spokesman said"
                            + " &ldquo;many questions&rdquo; remained about how a truce would be monitored.</p>"
                            + "]]></description></item>");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
