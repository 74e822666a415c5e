package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code - opml: FILE} entries import a feed reader's subscriptions, named from their titles. */
class OpmlImportTest {
    private static final String CONFIG = """
            feeds:
              - name: guardian-world
                url: https://www.theguardian.com/world/rss
              - name: bbc-news-world
                url: https://feeds.bbci.co.uk/news/uk/rss.xml
              - opml: %s
                every: 10m
            """;

    @TempDir
    Path dir;

    private Config load(String opmlFixture) throws IOException, ConfigException {
        return ConfigLoader.load(writeConfig(opmlFixture, CONFIG));
    }

    private Path writeConfig(String opmlFixture, String template) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("opml/" + opmlFixture)) {
            Files.copy(in, dir.resolve(opmlFixture));
        }
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, template.formatted(opmlFixture));
        return config;
    }

    private String error(String opmlFixture) throws IOException {
        Path config = writeConfig(opmlFixture, CONFIG);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(config)).getMessage();
    }

    @Test
    void everyOutlineWithAFeedAddressIsImportedInFileOrder() throws Exception {
        Config config = load("subscriptions.opml");
        assertEquals(List.of("guardian-world", "bbc-news-world", "bbc-news-world-2", "le-monde-international",
                "kyiv-briefing", "kyiv-briefing-2", "feeds-example-wire-net"),
                config.feeds().stream().map(FeedSpec::name).toList());
    }

    @Test
    void writtenFeedKeepsItsNameAndTheImportedOneIsRenamed() throws Exception {
        Config config = load("subscriptions.opml");
        assertEquals(URI.create("https://feeds.bbci.co.uk/news/uk/rss.xml"),
                config.feed("bbc-news-world").orElseThrow().url());
        assertEquals(URI.create("https://feeds.bbci.co.uk/news/world/rss.xml"),
                config.feed("bbc-news-world-2").orElseThrow().url());
    }

    @Test
    void addressAlreadyConfiguredIsNotPolledTwice() throws Exception {
        Config config = load("subscriptions.opml");
        long guardian = config.feeds().stream()
                .filter(f -> f.url().equals(URI.create("https://www.theguardian.com/world/rss"))).count();
        assertEquals(1, guardian);
    }

    @Test
    void importedFeedsTakeTheIntervalOfTheirEntry() throws Exception {
        Config config = load("subscriptions.opml");
        FeedSpec lemonde = config.feed("le-monde-international").orElseThrow();
        assertEquals(Duration.ofMinutes(10), lemonde.every());
        assertEquals(FullText.AUTO, lemonde.fulltext());
    }

    @Test
    void importedFeedPointsAtItsOutline() throws Exception {
        Config config = load("subscriptions.opml");
        Location where = config.feed("kyiv-briefing-2").orElseThrow().location();
        assertEquals(dir.resolve("subscriptions.opml").toString(), where.file());
        assertEquals(14, where.line());
    }

    @Test
    void watchMayNameAnImportedFeed() throws Exception {
        Path config = writeConfig("subscriptions.opml", CONFIG + """
                watches:
                  - name: kyiv-energy
                    all: [Kyiv, power]
                    feeds: [kyiv-briefing-2]
                """);
        assertEquals(List.of("kyiv-briefing-2"), ConfigLoader.load(config).watches().get(0).feeds());
    }

    @Test
    void missingOpmlFileNamesThePathItLookedFor() throws Exception {
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "feeds:\n  - opml: exports/reader.opml\n");
        String message = assertThrows(ConfigException.class, () -> ConfigLoader.load(config)).getMessage();
        assertEquals(config + ":2:11: no such OPML file " + dir.resolve("exports/reader.opml")
                + "; fix the path, which is relative to the folder of the config file", message);
    }

    @Test
    void malformedOpmlNamesThatFileLineAndColumn() throws Exception {
        String message = error("unclosed.opml");
        assertTrue(message.startsWith(dir.resolve("unclosed.opml") + ":6:"), message);
        assertTrue(message.contains("not well-formed OPML ("), message);
        assertTrue(message.endsWith("fix the file or remove the 'opml:' entry at " + dir.resolve("feeds.yml")
                + ":6:11"), message);
    }

    @Test
    void doctypeIsRefusedAndNoEntityIsRead() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "ssh-key-material");
        String message = error("doctype.opml");
        assertTrue(message.startsWith(dir.resolve("doctype.opml") + ":"), message);
        assertTrue(message.contains("the file declares a DTD, which wirewatch never reads; "
                + "remove the <!DOCTYPE> part"), message);
        assertFalse(message.contains("ssh-key-material"), message);
    }

    @Test
    void feedFileIsNotMistakenForOpml() throws Exception {
        String message = error("feed-not-opml.xml");
        assertTrue(message.startsWith(dir.resolve("feed-not-opml.xml") + ":2:"), message);
        assertTrue(message.contains("not an OPML file: its root element is <rss>, not <opml>; "
                + "export the subscriptions from your feed reader as OPML"), message);
    }

    @Test
    void outlineWithAnotherSchemeIsSkippedWithAWarningNamingIt() throws Exception {
        Config config = load("bad-url.opml");
        assertEquals(List.of("guardian-world", "bbc-news-world", "sahel-dispatch"),
                config.feeds().stream().map(FeedSpec::name).toList());
        assertEquals(1, config.warnings().size(), config.warnings().toString());
        String warning = config.warnings().get(0);
        assertTrue(warning.startsWith(dir.resolve("bad-url.opml") + ":6:"), warning);
        assertTrue(warning.contains("skipped OPML outline 'Gulf Notes': xmlUrl 'feed:gulf-notes.example/rss' cannot "
                + "be polled: its scheme 'feed' is not http or https; wirewatch polls only http and https feeds"),
                warning);
    }

    @Test
    void outlinesAnotherReaderMakesItselfAreSkippedAndTheRestImported() throws Exception {
        Config config = load("other-reader.opml");
        assertEquals(List.of("guardian-world", "bbc-news-world", "harbour-gazette", "quay-weekly"),
                config.feeds().stream().map(FeedSpec::name).toList());
        List<String> why = config.warnings().stream().map(w -> w.substring(w.indexOf("skipped"))).toList();
        String polls = "; wirewatch polls only http and https feeds";
        assertEquals(List.of(
                "skipped OPML outline 'Council minutes': xmlUrl '|~/bin/council-minutes.sh' runs a command" + polls,
                "skipped OPML outline 'Scraped notices': xmlUrl 'exec:~/bin/scrape-notices' runs a command" + polls,
                "skipped OPML outline 'Wire, trimmed': xmlUrl 'filter:~/bin/trim.sh:https://wire.example/rss' runs "
                        + "a feed through a command" + polls,
                "skipped OPML outline 'Unread': xmlUrl 'query:Unread:unread = \"yes\"' is another reader's saved "
                        + "search, not a feed" + polls,
                "skipped OPML outline 'Gopher hole': xmlUrl 'gopher://hole.example/1/news' cannot be polled: its "
                        + "scheme 'gopher' is not http or https" + polls), why);
        assertTrue(config.warnings().get(0).startsWith(dir.resolve("other-reader.opml") + ":6:"),
                config.warnings().get(0));
    }

    @Test
    void unknownKeyInAnImportEntryIsNamed() throws Exception {
        Path config = writeConfig("subscriptions.opml",
                "feeds:\n  - opml: %s\n    url: https://example.org/rss\n");
        String message = assertThrows(ConfigException.class, () -> ConfigLoader.load(config)).getMessage();
        assertEquals(config + ":3:5: unknown key 'url' in opml import 'subscriptions.opml'; "
                + "known keys are opml, every, fulltext, pages, deadline, private-redirects", message);
    }
}
