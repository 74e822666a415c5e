package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import wirewatch.config.Config;
import wirewatch.config.ConfigLoader;

/** The demo story served over loopback HTTP as it stands at a simulated time. */
class DemoServerTest {
    private static final Instant REAL_START = Instant.parse("2026-01-05T09:00:00Z");

    /** A real clock's stand-in that tests move forward by hand. */
    private static final class HandClock extends Clock {
        private Instant now = REAL_START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final DemoStory story = DemoStory.load();
    private final HandClock clock = new HandClock();
    private final HttpClient http = HttpClient.newHttpClient();
    private DemoServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> titles(String outlet) throws Exception {
        HttpResponse<String> response = get("feeds/" + outlet + ".xml");
        assertEquals(200, response.statusCode());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    /** Advances the real clock so the simulated one reads {@code hhmm} on the story's day (speed 16). */
    private void simulateUntil(String hhmm) {
        Instant target = Instant.parse("2025-06-02T" + hhmm + ":00Z");
        long simulatedMinutes = Duration.between(server.simulatedNow(), target).toMinutes();
        clock.advance(Duration.ofMillis(simulatedMinutes * 1000 / 16));
    }

    @Test
    void feedListsOnlyArticlesPublishedBeforeTheSimulatedTime() throws Exception {
        server = DemoServer.start(story, clock, 16);
        simulateUntil("07:00");
        List<String> early = titles("meridian-wire");
        assertEquals(List.of("Reyk rules out truce while troops stay on Ketra east bank",
                "Ardesh and Velmora open truce talks on the Ketra border"), early);
        simulateUntil("13:55");
        List<String> later = titles("meridian-wire");
        assertEquals("Reyk shifts on Ketra truce, says monitors are key", later.get(0));
        assertFalse(later.contains("Reyk says Ketra truce will hold if Velmora keeps its word"));
    }

    @Test
    void editedArticleChangesTitleAndParagraphAfterItsEditTime() throws Exception {
        server = DemoServer.start(story, clock, 16);
        simulateUntil("12:00");
        assertTrue(titles("river-post").contains("Ardesh rejects Velmoran truce offer"));
        String before = Jsoup.parse(get("articles/rp-1000.html").body()).text();
        assertTrue(before.contains("called the offer a trap that would leave"), before);
        simulateUntil("14:30");
        assertTrue(titles("river-post").contains("Ardesh softens stance on truce after morning rejection"));
        String after = Jsoup.parse(get("articles/rp-1000.html").body()).text();
        assertTrue(after.contains("ready to sign a truce if monitors arrived by Friday"), after);
    }

    @Test
    void unchangedFeedAnswers304ToItsEtag() throws Exception {
        server = DemoServer.start(story, clock, 16);
        simulateUntil("07:00");
        HttpResponse<String> first = get("feeds/velmora-herald.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, get("feeds/velmora-herald.xml", "If-None-Match", etag).statusCode());
        simulateUntil("07:10");
        assertEquals(200, get("feeds/velmora-herald.xml", "If-None-Match", etag).statusCode());
    }

    @Test
    void thinOutletGivesASummaryAndTheFullTextOnItsPage() throws Exception {
        server = DemoServer.start(story, clock, 16);
        simulateUntil("07:00");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(get("feeds/global-ledger.xml").body()));
        String summary = feed.getEntries().get(0).getDescription().getValue();
        assertFalse(summary.contains("good faith"), summary);
        String page = Jsoup.parse(get(URI.create(feed.getEntries().get(0).getLink()).getPath().substring(1)).body())
                .text();
        assertTrue(page.contains("Both delegations have come to the table in good faith"), page);
    }

    @Test
    void articleNotYetPublishedIsNotFound() throws Exception {
        server = DemoServer.start(story, clock, 16);
        assertEquals(404, get("articles/mw-1900.html").statusCode());
    }

    @Test
    void storyFeedsYamlIsAValidConfigForTheServer() throws Exception {
        server = DemoServer.start(story, clock, 16);
        Config config = ConfigLoader.parse(story.feedsYaml(server.base()), Path.of("demo-feeds.yml"));
        assertEquals(5, config.feeds().size());
        assertEquals(Duration.ofSeconds(2), config.feeds().get(0).every());
        assertEquals(server.base().resolve("feeds/meridian-wire.xml"), config.feeds().get(0).url());
        assertEquals(List.of("truce-talks", "reyk", "monitors"), story.watchNames());
        assertEquals(3, config.watches().size());
    }

    @Test
    void simulatedClockStopsAtTheEndOfTheDay() throws Exception {
        server = DemoServer.start(story, clock, 16);
        clock.advance(Duration.ofHours(2));
        assertEquals(story.end(), server.simulatedNow());
        assertEquals(27, story.items().size());
    }
}
