package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final Path FILE = Path.of("feeds.yml");

    private static final String GOOD = """
            poll: 5m
            feeds:
              - name: guardian-world
                url: https://www.theguardian.com/world/rss
                every: 10m
                fulltext: always
              - name: kyiv-independent
                url: https://kyivindependent.example/feed
            watches:
              - name: ceasefire-kremlin
                query: 'ceasefire AND (Kremlin OR Putin OR Peskov)'
              - name: truce-talks
                all: [ceasefire, Kremlin]
                any: [Witkoff, Rubio]
                none: football
                near: 40
                feeds: [guardian-world]
            people:
              Vladimir Putin: [Putin, the Russian leader]
              Dmitry Peskov: the Kremlin spokesman
            alerts:
              - watch: ceasefire-kremlin
                on: [match, revision]
                run: [notify-send, wirewatch]
                timeout: 10s
                retries: 2
              - watch: '*'
                on: feed_error
                shell: 'logger -t wirewatch "$WIREWATCH_FEED"'
            """;

    @Test
    void goodFileBecomesFeedRecords() throws ConfigException {
        Config config = ConfigLoader.parse(GOOD, FILE);
        assertEquals(Duration.ofMinutes(5), config.poll());
        FeedSpec guardian = config.feed("guardian-world").orElseThrow();
        assertEquals(URI.create("https://www.theguardian.com/world/rss"), guardian.url());
        assertEquals(Duration.ofMinutes(10), guardian.every());
        assertEquals(FullText.ALWAYS, guardian.fulltext());
        assertEquals(new Location("feeds.yml", 3, 11), guardian.location());
        assertEquals(List.of("guardian-world", "kyiv-independent"),
                config.feeds().stream().map(FeedSpec::name).toList());
    }

    @Test
    void feedBoundsHaveDefaultsAndCanBeSet() throws ConfigException {
        Config config = ConfigLoader.parse("""
                feeds:
                  - name: plain
                    url: https://example.org/rss
                  - name: bounded
                    url: https://example.net/rss
                    pages: 5
                    deadline: 20s
                    private-redirects: allow
                """, FILE);
        FeedSpec plain = config.feed("plain").orElseThrow();
        assertEquals(FeedSpec.DEFAULT_PAGES, plain.pages());
        assertEquals(FeedSpec.DEFAULT_DEADLINE, plain.deadline());
        assertEquals(PrivateRedirects.REFUSE, plain.privateRedirects());
        FeedSpec bounded = config.feed("bounded").orElseThrow();
        assertEquals(5, bounded.pages());
        assertEquals(Duration.ofSeconds(20), bounded.deadline());
        assertEquals(PrivateRedirects.ALLOW, bounded.privateRedirects());
    }

    @Test
    void goodFileBecomesWatchRecords() throws ConfigException {
        Config config = ConfigLoader.parse(GOOD, FILE);
        WatchSpec query = config.watch("ceasefire-kremlin").orElseThrow();
        assertEquals("ceasefire AND (Kremlin OR Putin OR Peskov)", query.query());
        assertEquals(new Location("feeds.yml", 11, 12), query.location());
        WatchSpec shorthand = config.watch("truce-talks").orElseThrow();
        assertNull(shorthand.query());
        assertEquals(List.of("ceasefire", "Kremlin"), shorthand.all());
        assertEquals(List.of("Witkoff", "Rubio"), shorthand.any());
        assertEquals(List.of("football"), shorthand.none());
        assertEquals(40, shorthand.near());
        assertEquals(List.of("guardian-world"), shorthand.feeds());
    }

    @Test
    void goodFileBecomesPeopleAndAlerts() throws ConfigException {
        Config config = ConfigLoader.parse(GOOD, FILE);
        assertEquals(List.of("Putin", "the Russian leader"), config.people().get("Vladimir Putin"));
        assertEquals(List.of("the Kremlin spokesman"), config.people().get("Dmitry Peskov"));
        AlertSpec notify = config.alerts().get(0);
        assertEquals(Set.of("match", "revision"), notify.on());
        assertEquals(List.of("notify-send", "wirewatch"), notify.run());
        assertEquals(Duration.ofSeconds(10), notify.timeout());
        assertEquals(2, notify.retries());
        AlertSpec errors = config.alerts().get(1);
        assertEquals("*", errors.watch());
        assertEquals(Set.of("feed_error"), errors.on());
        assertEquals("logger -t wirewatch \"$WIREWATCH_FEED\"", errors.shell());
    }

    @Test
    void feedWithoutEveryPollsAtTheGlobalInterval() throws ConfigException {
        Config config = ConfigLoader.parse(GOOD, FILE);
        assertEquals(Duration.ofMinutes(5), config.feed("kyiv-independent").orElseThrow().every());
    }

    @Test
    void pollDefaultsToTwoMinutesAndFulltextToAuto() throws ConfigException {
        Config config = ConfigLoader.parse("""
                feeds:
                  - name: bbc-world
                    url: https://feeds.bbci.co.uk/news/world/rss.xml
                """, FILE);
        assertEquals(Duration.ofMinutes(2), config.poll());
        assertEquals(Duration.ofMinutes(2), config.feeds().get(0).every());
        assertEquals(FullText.AUTO, config.feeds().get(0).fulltext());
    }

    @Test
    void alertIsKeyedByItsNameElseByItsWatchAndPlaceOnIt() throws ConfigException {
        Config config = ConfigLoader.parse("""
                watches:
                  - name: sanctions
                    query: sanctions
                alerts:
                  - watch: sanctions
                    run: [notify-send, wirewatch]
                  - name: archive
                    watch: sanctions
                    shell: 'cat >> archive.jsonl'
                  - watch: '*'
                    run: [logger]
                  - watch: sanctions
                    run: [mail, me]
                """, FILE);
        assertEquals(List.of("sanctions#1", "archive", "*#1", "sanctions#3"),
                config.alerts().stream().map(AlertSpec::name).toList());
    }

    @Test
    void alertDefaultsToMatchesThirtySecondsAndFiveRetries() throws ConfigException {
        Config config = ConfigLoader.parse("""
                watches:
                  - name: sanctions
                    query: sanctions
                alerts:
                  - watch: sanctions
                    run: [notify-send, wirewatch]
                """, FILE);
        AlertSpec alert = config.alerts().get(0);
        assertEquals(Set.of("match"), alert.on());
        assertEquals(Duration.ofSeconds(30), alert.timeout());
        assertEquals(5, alert.retries());
    }

    @Test
    void emptyFeedsListIsAllowed() throws ConfigException {
        Config config = ConfigLoader.parse("poll: 1m\nfeeds: []\n", FILE);
        assertTrue(config.feeds().isEmpty());
    }

    @Test
    void feedsKeyWithNoValueMeansNoFeeds() throws ConfigException {
        Config config = ConfigLoader.parse("feeds:\nwatches:\n", FILE);
        assertTrue(config.feeds().isEmpty());
        assertTrue(config.watches().isEmpty());
    }

    @Test
    void yesAndNoStayWordsNotBooleans() throws ConfigException {
        Config config = ConfigLoader.parse("""
                watches:
                  - name: referendum
                    any: [yes, no]
                """, FILE);
        assertEquals(List.of("yes", "no"), config.watches().get(0).any());
    }

    @Test
    void byteOrderMarkIsIgnored() throws ConfigException {
        Config config = ConfigLoader.parse("\uFEFFpoll: 3m\n", FILE);
        assertEquals(Duration.ofMinutes(3), config.poll());
    }

    @Test
    void loadReadsTheFileAndNamesItAsGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "feeds:\n  - name: dw-world\n    url: https://rss.dw.com/rdf/rss-en-world\n");
        Config config = ConfigLoader.load(file);
        assertEquals(file, config.file());
        assertEquals("dw-world", config.feeds().get(0).name());
        assertEquals(file.toString(), config.feeds().get(0).location().file());
    }

    @Test
    void missingFileSaysHowToProvideOne(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.yml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file + ": no such file; create it or pass --config FILE", e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8SaysSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feeds.yml");
        Files.write(file, "poll: 5m # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file + ": not UTF-8 text; save it as UTF-8", e.getMessage());
    }

    @Test
    void bundledDefaultConfigLoads() throws ConfigException {
        Path bundled = Path.of("feeds.yml");
        Config config = ConfigLoader.load(bundled);
        assertTrue(config.feeds().size() >= 8 && config.feeds().size() <= 15, "feeds: " + config.feeds().size());
        assertTrue(config.feeds().stream().allMatch(f -> f.url().getScheme().equals("https")));
        assertEquals(Duration.ofMinutes(5), config.poll());
        assertTrue(config.watch("ceasefire-kremlin").orElseThrow().query().contains("Peskov"));
        assertTrue(config.watches().stream().anyMatch(w -> w.isShorthand() && w.near() > 0));
        assertTrue(config.people().containsKey("Vladimir Putin"));
    }

    @Test
    void multiMegabyteCommentLoads() {
        String yaml = "# " + "x".repeat(8 * 1024 * 1024) + "\nfeeds:\n  - name: dw-world\n"
                + "    url: https://rss.dw.com/rdf/rss-en-world\n";
        Config config = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ConfigLoader.parse(yaml, FILE));
        assertEquals(3, config.feeds().get(0).location().line());
    }

    @Test
    void manyCommentLinesLoad() {
        String yaml = "feeds: []\n" + "# a line of comment\n".repeat(400_000) + "poll: 3m\n";
        Config config = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ConfigLoader.parse(yaml, FILE));
        assertEquals(Duration.ofMinutes(3), config.poll());
    }

    @Test
    void longQueryLoadsWhole() throws ConfigException {
        String query = "t0" + " OR t".repeat(200_000);
        Config config = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ConfigLoader.parse(
                "watches:\n  - name: wide\n    query: '" + query + "'\n", FILE));
        assertEquals(query, config.watch("wide").orElseThrow().query());
    }

    @Test
    void fileLargerThanTheLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feeds.yml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(YamlReader.MAX_CHARS + 1L);
        }
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(file + ": the file is larger than the 16 MiB a config file may have (16777217 bytes); keep "
                + "long lists of feeds in an OPML file ('- opml: FILE') and remove large comments", e.getMessage());
    }
}
