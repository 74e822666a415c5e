package wirewatch.app;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import wirewatch.event.EventIds;

/**
 * Serves the {@link DemoStory} on 127.0.0.1 as it stands at a simulated time: each outlet's RSS feed at
 * {@code /feeds/NAME.xml} and each article's page at {@code /articles/ID.html}, with ETag and Last-Modified so
 * that conditional polls get 304 until something changes. The simulated clock starts at the story's first hour
 * and runs {@code speed} simulated minutes per real second, stopping at the story's end. Close it to stop.
 */
public final class DemoServer implements AutoCloseable {
    /** The default speed: the story's sixteen hours replay in about a minute. */
    public static final double DEFAULT_SPEED = 16;
    private static final System.Logger LOG = System.getLogger(DemoServer.class.getName());
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final DemoStory story;
    private final Clock real;
    private final Instant realStart;
    private final double speed;
    private final HttpServer server;
    private final ExecutorService handlers;

    private DemoServer(DemoStory story, Clock real, double speed) throws IOException {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive simulated minutes per second: " + speed);
        }
        this.story = story;
        this.real = real;
        this.realStart = real.instant();
        this.speed = speed;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.handlers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "demo-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/feeds/", this::serveFeed);
        server.createContext("/articles/", this::servePage);
    }

    /** Starts serving on a free loopback port; {@code real} drives the simulated clock. */
    public static DemoServer start(DemoStory story, Clock real, double speed) throws IOException {
        DemoServer demo = new DemoServer(story, real, speed);
        demo.server.start();
        LOG.log(System.Logger.Level.INFO, "demo server on {0} at {1} simulated minutes per second", demo.base(),
                speed);
        return demo;
    }

    /** Where the server listens, ending in a slash, e.g. {@code http://127.0.0.1:40123/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The story's time now: its start plus the real time elapsed times the speed, at most its end. */
    public Instant simulatedNow() {
        long realMillis = Duration.between(realStart, real.instant()).toMillis();
        Instant now = story.start().plusMillis((long) (realMillis * speed * 60));
        return now.isAfter(story.end()) ? story.end() : now;
    }

    private void serveFeed(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = lastSegment(exchange, ".xml");
            Optional<DemoStory.Outlet> outlet = story.outlets().stream().filter(o -> o.name().equals(name))
                    .findFirst();
            if (outlet.isEmpty()) {
                send(exchange, 404, "text/plain", "no such feed", null);
                return;
            }
            Instant now = simulatedNow();
            List<DemoStory.Version> versions = story.feed(name, now);
            Instant changed = versions.stream().map(DemoStory.Version::updated).max(Instant::compareTo)
                    .orElse(story.start());
            send(exchange, 200, "application/rss+xml; charset=utf-8", rss(outlet.get(), versions), changed);
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = lastSegment(exchange, ".html");
            Instant now = simulatedNow();
            Optional<DemoStory.Version> version = story.item(id).flatMap(item -> story.asOf(item, now));
            if (version.isEmpty()) {
                send(exchange, 404, "text/plain", "no such article (yet)", null);
                return;
            }
            send(exchange, 200, "text/html; charset=utf-8", page(version.get()), version.get().updated());
        }
    }

    private String rss(DemoStory.Outlet outlet, List<DemoStory.Version> versions) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(outlet.title());
        feed.setLink(base().resolve("outlets/" + outlet.name()).toString());
        feed.setDescription(outlet.title() + " on the Ketra talks");
        List<SyndEntry> entries = new ArrayList<>();
        for (DemoStory.Version version : versions) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(version.title());
            entry.setLink(pageUrl(version.item()));
            entry.setUri(version.item().id());
            entry.setPublishedDate(Date.from(version.published()));
            SyndContent description = new SyndContentImpl();
            description.setType("text/html");
            String summary = version.item().summary();
            description.setValue(outlet.thin() && summary != null ? summary : paragraphsHtml(version));
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the demo feed of " + outlet.name(), e);
        }
    }

    private static String paragraphsHtml(DemoStory.Version version) {
        Element body = new Document("").appendElement("div");
        version.paragraphs().forEach(p -> body.appendElement("p").text(p));
        return body.html();
    }

    private String page(DemoStory.Version version) {
        Document page = Document.createShell(pageUrl(version.item()));
        page.title(version.title());
        String outlet = version.item().outlet();
        Element body = page.body();
        body.appendElement("nav").text("Home · World · The Ketra talks · Markets · Opinion");
        Element article = body.appendElement("article");
        article.appendElement("h1").text(version.title());
        article.appendElement("p").addClass("byline").text("By our correspondent in Lusk · "
                + HTTP_DATE.format(version.published()));
        version.paragraphs().forEach(p -> article.appendElement("p").text(p));
        body.appendElement("footer").text("© " + outlet + " · Subscribe for more on the Ketra talks");
        return page.outerHtml();
    }

    private String pageUrl(DemoStory.Item item) {
        return base().resolve("articles/" + item.id() + ".html").toString();
    }

    private static String lastSegment(HttpExchange exchange, String suffix) {
        String path = exchange.getRequestURI().getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.endsWith(suffix) ? last.substring(0, last.length() - suffix.length()) : last;
    }

    /** Sends the body, or 304 when the client's validators still hold. */
    private static void send(HttpExchange exchange, int status, String type, String body,
                             @Nullable Instant changed) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (changed != null) {
            String etag = "\"" + EventIds.of(body) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(changed));
            if (notModified(exchange, etag, changed)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean notModified(HttpExchange exchange, String etag, Instant changed) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(etag);
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince));
            return !changed.isAfter(since.plusMillis(999));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdown();
        try {
            if (!handlers.awaitTermination(2, TimeUnit.SECONDS)) {
                handlers.shutdownNow();
            }
        } catch (InterruptedException e) {
            handlers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
