package wirewatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PollerStatus;
import wirewatch.store.PostgresStore;
import wirewatch.store.Store;

/**
 * Three real {@code wirewatch tail} processes share one PostgreSQL store and 300 loopback feeds whose items arrive
 * in three waves; one is killed with {@code kill -9} while the third wave is polled and delivered. Every article is
 * stored once, every match is delivered once to each of two hooks (a delivery in flight at the kill may come twice),
 * no feed the survivors held is polled twice within its interval, and the dead poller's feeds and lanes are taken
 * over once its lease runs out.
 */
class SeveralPollersTest {
    private static final int FEEDS = 300;
    private static final int WAVES = 3;
    private static final Duration INTERVAL = Duration.ofSeconds(4);
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final List<String> HOOKS = List.of("pager", "archive");

    @TempDir
    Path dir;

    private final List<Process> pollers = new ArrayList<>();
    private final AtomicInteger wave = new AtomicInteger(1);
    /** Per feed, the moments (System.nanoTime) it was requested. */
    private final Map<Integer, List<Long>> requests = new ConcurrentHashMap<>();

    @AfterEach
    void stopPollers() throws InterruptedException {
        for (Process poller : pollers) {
            poller.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void pollersSplitTheFeedsAndOutliveOneKilled() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (MockWebServer site = new MockWebServer();
             Store store = PostgresStore.open(address, Map.of())) {
            site.setDispatcher(feeds());
            site.start(InetAddress.getLoopbackAddress(), 0);
            Path config = Files.writeString(dir.resolve("feeds.yml"), config(site, address));
            for (int i = 0; i < 3; i++) {
                pollers.add(start(config, i));
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> store.pollers().size() == 3
                    && store.pollers().stream().allMatch(p -> p.feeds() > 0));
            wave.set(2);
            await().atMost(Duration.ofSeconds(90)).until(() -> delivered("pager").size() > matches(1) + 3);
            wave.set(WAVES);
            await().atMost(Duration.ofSeconds(90)).until(() -> delivered("pager").size() > matches(2) + 3);
            PollerStatus victim = store.pollers().stream().filter(p -> p.hooks() > 0).findFirst()
                    .orElse(store.pollers().get(0));
            Process killed = pollers.stream().filter(p -> victim.id().contains(":" + p.pid() + ":")).findFirst()
                    .orElseThrow();
            killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            Set<Integer> orphans = leasedTo(address, victim.id());

            await().atMost(Duration.ofSeconds(30)).until(() -> leasedTo(address, victim.id()).isEmpty());
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            int expected = matches(WAVES);
            // Waits for every delivery; the counts are checked after, so a surplus fails there with its numbers.
            try {
                // Articles that match nothing raise no delivery: their feeds may still be recording when the last
                // delivery is made, so the count of articles is waited for as well.
                await().atMost(Duration.ofSeconds(120)).until(() -> HOOKS.stream()
                        .allMatch(hook -> new HashSet<>(delivered(hook)).size() >= expected)
                        && store.pendingDeliveryCount() == 0 && store.counts().articles() >= FEEDS * WAVES);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("deliveries stalled: expected " + expected + " each, "
                        + HOOKS.stream().map(h -> h + " " + new HashSet<>(delivered(h)).size()).toList() + "; "
                        + dump(address), e);
            }
            assertEquals(FEEDS * WAVES, store.counts().articles(), "articles stored");
            List<String> matchEvents = store.eventsAfter(0, 100_000).stream()
                    .filter(e -> e.type().equals("match")).map(e -> e.id()).toList();
            assertEquals(expected, matchEvents.size(), "match events");
            assertEquals(expected, new HashSet<>(matchEvents).size(), "distinct match events");
            for (String hook : HOOKS) {
                List<String> ids = delivered(hook);
                assertEquals(expected, new HashSet<>(ids).size(), hook + " got each match once");
                // The dead poller had at most one delivery of each lane in flight.
                assertTrue(ids.size() - new HashSet<>(ids).size() <= 1, hook + " repeats: " + ids.size());
            }
            // Taken over once the lease ran out, give or take the survivors' next renewal.
            assertTrue(takeover.compareTo(LEASE.multipliedBy(2)) <= 0, "takeover took " + takeover);
            // Then each is polled when its stored schedule says: within an interval of the takeover.
            await().atMost(LEASE.plus(INTERVAL).plusSeconds(15)).until(() -> orphans.stream()
                    .allMatch(feed -> requested(feed).stream().anyMatch(at -> at > killedAt)));
            assertNoFeedPolledTwiceWithinItsInterval(orphans);
            pollers.remove(killed);
            for (Process poller : pollers) {
                poller.destroy();
                assertTrue(poller.waitFor(20, TimeUnit.SECONDS), "a poller did not stop");
            }
            assertEquals(List.of(victim.id()), store.pollers().stream().map(PollerStatus::id).toList(),
                    "the survivors left on a clean exit");
        }
    }

    /** Request gaps under the interval less its 10% jitter, except on the feeds taken from the killed poller. */
    private void assertNoFeedPolledTwiceWithinItsInterval(Set<Integer> orphans) {
        long least = INTERVAL.toNanos() * 9 / 10 - TimeUnit.MILLISECONDS.toNanos(100);
        for (Map.Entry<Integer, List<Long>> feed : requests.entrySet()) {
            if (orphans.contains(feed.getKey())) {
                continue;
            }
            List<Long> times = requested(feed.getKey());
            for (int i = 1; i < times.size(); i++) {
                long gap = times.get(i) - times.get(i - 1);
                assertTrue(gap >= least, "feed " + feed.getKey() + " polled twice " + gap / 1_000_000 + " ms apart");
            }
        }
    }

    /** When the feed was requested, in order. */
    private List<Long> requested(int feed) {
        List<Long> times = requests.getOrDefault(feed, List.of());
        List<Long> copy;
        synchronized (times) {
            copy = new ArrayList<>(times);
        }
        copy.sort(Long::compare);
        return copy;
    }

    /** The feeds: feed n has items 0 .. wave-1; item i of feed n mentions the ceasefire when (n + i) % 10 == 0. */
    private Dispatcher feeds() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = String.valueOf(request.getPath());
                if (!path.matches("/f\\d+\\.xml")) {
                    return new MockResponse().setResponseCode(404);
                }
                int feed = Integer.parseInt(path.substring(2, path.length() - 4));
                requests.computeIfAbsent(feed, f -> Collections.synchronizedList(new ArrayList<>()))
                        .add(System.nanoTime());
                int items = wave.get();
                String etag = "\"w" + items + "\"";
                if (etag.equals(request.getHeader("If-None-Match"))) {
                    return new MockResponse().setResponseCode(304).addHeader("ETag", etag);
                }
                return new MockResponse().addHeader("ETag", etag)
                        .addHeader("Content-Type", "application/rss+xml; charset=utf-8").setBody(rss(feed, items));
            }
        };
    }

    private static String rss(int feed, int items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Desk " + feed + "</title><link>http://127.0.0.1/</link><description>d</description>");
        for (int i = 0; i < items; i++) {
            String news = (feed + i) % 10 == 0 ? "Envoys discussed a ceasefire" : "Envoys discussed the harvest";
            xml.append("<item><guid>d").append(feed).append('-').append(i).append("</guid><title>Desk ")
                    .append(feed).append(" bulletin ").append(i).append("</title><link>http://127.0.0.1:9/d")
                    .append(feed).append('/').append(i).append("</link><pubDate>Fri, 14 Mar 2025 09:3").append(i)
                    .append(":00 GMT</pubDate><description>").append(news).append(" at desk ").append(feed)
                    .append(", bulletin ").append(i).append(".</description></item>");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** Matches in the first {@code waves} waves. */
    private static int matches(int waves) {
        int count = 0;
        for (int feed = 0; feed < FEEDS; feed++) {
            for (int i = 0; i < waves; i++) {
                count += (feed + i) % 10 == 0 ? 1 : 0;
            }
        }
        return count;
    }

    private String config(MockWebServer site, PgAddress address) {
        StringBuilder yml = new StringBuilder("poll: " + INTERVAL.toSeconds() + "s\nstore: {url: " + address
                + ", lease: " + LEASE.toSeconds() + "s}\nfeeds:\n");
        for (int f = 0; f < FEEDS; f++) {
            yml.append("  - name: desk-").append(f).append("\n    url: ").append(site.url("/f" + f + ".xml"))
                    .append("\n    fulltext: never\n");
        }
        yml.append("watches:\n  - name: truce\n    query: ceasefire\nalerts:\n");
        for (String hook : HOOKS) {
            yml.append("  - name: ").append(hook).append("\n    watch: '*'\n    on: [match]\n    shell: 'echo \"$WIREWATCH_ID\" >> ")
                    .append(dir.resolve(hook + ".log")).append("'\n");
        }
        return yml.toString();
    }

    private Process start(Path config, int n) throws IOException {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "wirewatch.cli.Main", "tail", "--config",
                config.toString()));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectOutput(dir.resolve("out-" + n + ".log").toFile())
                .redirectError(dir.resolve("err-" + n + ".log").toFile());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state-" + n).toString());
        builder.environment().put("WIREWATCH_RELAUNCH", "0");
        return builder.start();
    }

    private List<String> delivered(String hook) {
        Path log = dir.resolve(hook + ".log");
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feeds whose lease this poller holds, expired or not. */
    private static Set<Integer> leasedTo(PgAddress address, String poller) throws SQLException {
        String url = "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database();
        try (Connection c = DriverManager.getConnection(url, address.user(), "");
             PreparedStatement query = c.prepareStatement(
                     "SELECT name FROM lease WHERE kind = 'feed' AND owner = ?")) {
            query.setString(1, poller);
            Set<Integer> feeds = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    feeds.add(Integer.parseInt(rows.getString(1).substring("desk-".length())));
                }
            }
            return feeds;
        }
    }

    /** The hook lanes' leases, the pollers and the outbox by hook and status: what a stalled delivery waits on. */
    private static String dump(PgAddress address) throws SQLException {
        String url = "jdbc:postgresql://" + address.host() + ":" + address.port() + "/" + address.database();
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, address.user(), "")) {
            for (String sql : List.of("SELECT name, owner, expires - (extract(epoch FROM now()) * 1000)::bigint "
                    + "FROM lease WHERE kind = 'hook'", "SELECT id, heartbeat FROM poller",
                    "SELECT hook, status, attempts, count(*), min(next_attempt) FROM delivery GROUP BY 1, 2, 3")) {
                try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            text.append(rows.getString(i)).append(i < columns ? " " : "; ");
                        }
                    }
                }
                text.append("| ");
            }
        }
        return text.toString();
    }
}
