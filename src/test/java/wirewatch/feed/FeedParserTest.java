package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.event.EventIds;

class FeedParserTest {
    private static final URI LEDGER = URI.create("https://ledger.example.com/world/rss");

    private final FeedParser parser = new FeedParser();

    // --- formats -------------------------------------------------------------------------------------------------

    @Test
    void rss091WithNetscapeDoctypeParses() throws IOException {
        Parsed parsed = parse("feeds/rss091-netscape.xml", null);
        assertEquals(List.of("Port of Kiel reopens grain berth after inspection",
                "Insurers raise Baltic war-risk premiums again"), titles(parsed));
        assertTrue(parsed.articles().get(0).body().contains("Jörg Bäumer"), parsed.articles().get(0).body());
    }

    @Test
    void rss10ItemsCarryDublinCoreAuthorAndDate() throws IOException {
        Article first = parse("feeds/rss10-rdf.xml", null).articles().get(0);
        assertEquals("https://wire.example.net/europe/2025/03/12/geneva-talks", first.url());
        assertEquals(List.of("Marta Kowalczyk"), first.authors());
        assertEquals(Instant.parse("2025-03-12T17:45:00Z"), first.published());
        assertTrue(first.body().startsWith("The Swiss foreign ministry said both delegations"), first.body());
    }

    @Test
    void rss20BodyComesFromContentEncodedWhenLongerThanDescription() throws IOException {
        Article kremlin = parse("feeds/rss20-content.xml", null).articles().get(0);
        assertEquals("The Kremlin said on Thursday it would study a US proposal for a 30-day ceasefire, but warned"
                + " that “many questions” remained unanswered.\n\n"
                + "“We need to understand what is meant by monitoring,” the Kremlin spokesman, Dmitry Peskov, told"
                + " reporters in Moscow. He declined to say when President Vladimir Putin would respond.\n\n"
                + "Ukraine’s foreign minister said Kyiv had already accepted the plan and that “the ball is now in"
                + " Russia’s court”.", kremlin.body());
    }

    @Test
    void rss20TitleMarkupIsStrippedToText() throws IOException {
        Article kremlin = parse("feeds/rss20-content.xml", null).articles().get(0);
        assertEquals("Kremlin says it will study US ceasefire proposal", kremlin.title());
    }

    @Test
    void rss20RelativeLinkIsResolvedAgainstFeedAddress() throws IOException {
        Article kremlin = parse("feeds/rss20-content.xml", null).articles().get(0);
        assertEquals("https://ledger.example.com/world/2025/mar/13/kremlin-study-ceasefire-proposal", kremlin.url());
    }

    @Test
    void guidThatIsNoUrlIsNotUsedAsLink() throws IOException {
        Article article = parse("feeds/xxe-passwd.xml", null).articles().get(0);
        assertEquals("xxe-1", article.guid());
        assertEquals("", article.url());
    }

    @Test
    void articleIdComesFromFeedNameAndGuid() throws IOException {
        Article kremlin = parse("feeds/rss20-content.xml", null).articles().get(0);
        assertEquals("ledger-world-88121", kremlin.guid());
        assertEquals(EventIds.of("ledger-world", "ledger-world-88121"), kremlin.id());
        assertEquals("ledger-world", kremlin.feed());
    }

    @Test
    void rssAuthorKeepsTheNameAndDublinCoreCreatorIsAnAuthor() throws IOException {
        List<Article> articles = parse("feeds/rss20-content.xml", null).articles();
        assertEquals(List.of("Anna Petrova"), articles.get(0).authors());
        assertEquals(List.of("Luc Moreau"), articles.get(1).authors());
    }

    @Test
    void atom10EntryHasHtmlContentAuthorsAndPublishedDate() throws IOException {
        Article ankara = parse("feeds/atom10.xml", null).articles().get(0);
        assertEquals("Ankara offers to host technical talks", ankara.title());
        assertEquals("https://riverside.example.org/diplomacy/ankara-offers-talks", ankara.url());
        assertEquals("tag:riverside.example.org,2025:diplomacy/4471", ankara.guid());
        assertEquals(List.of("Selin Aydın", "Tom Becker"), ankara.authors());
        assertEquals(Instant.parse("2025-03-13T09:20:00Z"), ankara.published());
        assertTrue(ankara.body().startsWith("Turkey's foreign minister offered on Thursday to host technical talks"
                + " in Istanbul.\n\n\"We are ready"), ankara.body());
    }

    @Test
    void atomTextTitleKeepsAngleBracketsAsWritten() throws IOException {
        Article statement = parse("feeds/atom10.xml", null).articles().get(1);
        assertEquals("Statement from the presidency, in full <unedited>", statement.title());
    }

    @Test
    void atomEntryWithoutPublishedUsesUpdated() throws IOException {
        Article statement = parse("feeds/atom10.xml", null).articles().get(1);
        assertEquals(Instant.parse("2025-03-13T09:00:00Z"), statement.published());
    }

    @Test
    void emptyChannelGivesNoArticlesAndNoProblems() throws IOException {
        Parsed parsed = parse("feeds/rss20-empty-channel.xml", null);
        assertEquals(List.of(), parsed.articles());
        assertEquals(List.of(), parsed.problems());
    }

    // --- bad input -----------------------------------------------------------------------------------------------

    @Test
    void emptyBodyIsRejected() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parser.parse("ledger-world", new byte[0], "application/rss+xml", LEDGER));
        assertEquals("empty response body, not a feed", e.getMessage());
    }

    @Test
    void htmlPageServedAsFeedIsRejectedWithAdvice() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("feeds/html-page.html", "text/html; charset=utf-8"));
        assertEquals("served an HTML page, not a feed — check the feed URL", e.getMessage());
    }

    @Test
    void htmlPageWithoutContentTypeIsRecognisedAsHtml() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("feeds/html-page.html", null));
        assertEquals("served an HTML page, not a feed — check the feed URL", e.getMessage());
    }

    @Test
    void htmlPageOpeningWithACommentIsRecognisedAsHtml() {
        String page = "<!-- served by edge-7 -->\n<html><head><title>Ledger</title></head><body><p>Moved."
                + "<br>See our subscriptions page.</body></html>";
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parser.parse("ledger-world", page.getBytes(StandardCharsets.UTF_8), null, LEDGER));
        assertEquals("served an HTML page, not a feed — check the feed URL", e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("feeds/malformed.xml", "application/rss+xml"));
        assertTrue(e.getMessage().startsWith("malformed XML at line 8, column "), e.getMessage());
        assertTrue(e.getMessage().contains("description"), e.getMessage());
    }

    @Test
    void prefixesUsedWithoutDeclarationAreDeclaredInALenientSecondReading() throws IOException {
        String feed = rss("<item><guid>p-1</guid><title>Port reopens</title><dc:creator>Jane Doe</dc:creator>"
                + "<description>Short.</description><content:encoded><![CDATA[<p>The port of Kiel reopened on"
                + " Monday after a week of inspections.</p>]]></content:encoded>"
                + "<wfw:commentRss>http://127.0.0.1/c/1</wfw:commentRss>"
                + "<media:thumbnail url=\"http://127.0.0.1/t.jpg\"/></item>");
        Parsed parsed = parser.parse("kiel", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        Article article = parsed.articles().get(0);
        assertEquals("The port of Kiel reopened on Monday after a week of inspections.", article.body());
        assertEquals(List.of("Jane Doe"), article.authors());
        assertEquals(List.of("read leniently: declared the namespace prefixes dc, content, wfw, media"),
                parsed.problems());
    }

    @Test
    void manyUndeclaredPrefixesAreDeclaredWithoutHanging() throws IOException {
        String feed = rss("<item><guid>p-2</guid><title>Many</title>" + "<dc:subject>x</dc:subject>".repeat(20_000)
                + "</item>");
        Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> parser.parse("many", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER));
        assertEquals(List.of("Many"), titles(parsed));
    }

    @Test
    void atomFeedInsideAnXhtmlPageIsRead() throws IOException {
        String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Feed</title>"
                + "</head><body><p>Subscribe:</p><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title>"
                + "<id>urn:desk</id><updated>2025-03-13T10:00:00Z</updated><entry><id>urn:desk:1</id>"
                + "<title>Talks resume in Geneva</title><link href=\"http://127.0.0.1/geneva\"/>"
                + "<updated>2025-03-13T10:00:00Z</updated></entry></feed></body></html>";
        Parsed parsed = parser.parse("desk", page.getBytes(StandardCharsets.UTF_8), "text/html", LEDGER);
        assertEquals(List.of("Talks resume in Geneva"), titles(parsed));
        assertEquals(List.of("read leniently: took the <feed> from inside the page"), parsed.problems());
    }

    @Test
    void cutOffFeedKeepsItsCompleteItems() throws IOException {
        String whole = rss("<item><guid>c-1</guid><title>First</title></item>"
                + "<item><guid>c-2</guid><title>Second</title></item>"
                + "<item><guid>c-3</guid><title>Third</title><description>The connection drop");
        String cut = whole.substring(0, whole.indexOf("drop") + 4);
        Parsed parsed = parser.parse("cut", cut.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("First", "Second"), titles(parsed));
        assertEquals(List.of("read leniently: the document ends early; kept its 2 complete items"),
                parsed.problems());
    }

    @Test
    void deepAndCutOffFeedIsRefusedForItsDepthWithoutHanging() {
        String hostile = rss("<item><guid>d-1</guid><title>Deep</title></item><item><description>"
                + "<x>".repeat(100_000) + "</y>".repeat(100_000));
        byte[] feed = hostile.substring(0, hostile.length() - 20).getBytes(StandardCharsets.UTF_8);
        FeedFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(FeedFormatException.class, () -> parser.parse("deep", feed, null, LEDGER)));
        assertEquals("elements nested 100004 deep, limit 500; refused before building the document", e.getMessage());
    }

    @Test
    void cutOffFeedWithoutACompleteItemIsRefusedAsMalformed() {
        String cut = rss("<item><guid>c-1</guid><title>First").substring(0, 120);
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parser.parse("cut", cut.getBytes(StandardCharsets.UTF_8), null, LEDGER));
        assertTrue(e.getMessage().startsWith("malformed XML at line 1"), e.getMessage());
    }

    @Test
    void xmlThatIsNotAFeedIsRejectedNamingItsRoot() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("feeds/opml-not-a-feed.xml", "text/xml"));
        assertEquals("XML document with root element <opml> is neither RSS nor Atom", e.getMessage());
    }

    @Test
    void duplicateGuidKeepsFirstItemAndReportsIt() throws IOException {
        Parsed parsed = parse("feeds/rss20-duplicate-guids.xml", null);
        assertEquals(List.of("Air raid alert lifted in Kharkiv", "Talks to resume on Monday, says mediator"),
                titles(parsed));
        assertTrue(parsed.problems().contains("items 1 and 2 share the GUID 'frontline-live-301'; kept item 1"),
                parsed.problems().toString());
    }

    @Test
    void itemWithNothingInItIsSkippedAndReported() throws IOException {
        Parsed parsed = parse("feeds/rss20-duplicate-guids.xml", null);
        assertTrue(parsed.problems().contains("item 4 has no title, text or link; skipped"),
                parsed.problems().toString());
    }

    // --- dates ---------------------------------------------------------------------------------------------------

    @Test
    void datesInEveryCommonShapeAreRead() throws IOException {
        Map<String, Article> byGuid = byGuid(parse("feeds/rss20-dates.xml", null));
        assertEquals(Instant.parse("2025-03-24T07:15:00Z"), byGuid.get("rfc1123-gmt").published());
        assertEquals(Instant.parse("2025-03-24T05:40:05Z"), byGuid.get("rfc822-pdt").published());
        assertEquals(Instant.parse("2025-03-24T06:05:00Z"), byGuid.get("rfc822-no-weekday").published());
        assertEquals(Instant.parse("2025-03-24T07:30:00Z"), byGuid.get("iso-offset").published());
        assertEquals(Instant.parse("2025-03-24T08:59:59.500Z"), byGuid.get("iso-fraction-z").published());
        assertEquals(Instant.parse("2025-03-24T00:00:00Z"), byGuid.get("iso-date-only").published());
    }

    @Test
    void datesInLooserShapesAreReadToo() throws IOException {
        Map<String, Article> byGuid = byGuid(parse("feeds/rss20-dates.xml", null));
        Instant quarterPastSeven = Instant.parse("2025-03-24T07:15:00Z");
        assertEquals(Instant.parse("2025-03-24T07:30:00Z"), byGuid.get("iso-space-offset").published());
        assertEquals(quarterPastSeven, byGuid.get("rfc822-two-digit-year").published());
        assertEquals(quarterPastSeven, byGuid.get("rfc822-comment").published());
        assertEquals(quarterPastSeven, byGuid.get("rfc822-colon-offset").published());
    }

    @Test
    void namedUsZoneIsHonoured() throws IOException {
        Article kremlin = parse("feeds/rss20-content.xml", null).articles().get(0);
        assertEquals(Instant.parse("2025-03-13T14:02:11Z"), kremlin.published());
    }

    @Test
    void wrongWeekdayStillGivesTheDate() throws IOException {
        Article late = byGuid(parse("feeds/rss20-dates.xml", null)).get("wrong-weekday");
        assertEquals(Instant.parse("2025-03-24T23:10:00Z"), late.published());
    }

    @Test
    void missingDateIsNull() throws IOException {
        assertNull(byGuid(parse("feeds/rss20-dates.xml", null)).get("undated").published());
    }

    @Test
    void unreadableDateIsNullAndReported() throws IOException {
        Parsed parsed = parse("feeds/rss20-dates.xml", null);
        assertNull(byGuid(parsed).get("nonsense").published());
        assertTrue(parsed.problems().contains("item 8 has an unreadable date 'sometime next week'"),
                parsed.problems().toString());
    }

    // --- terminal escapes ----------------------------------------------------------------------------------------

    @Test
    void escapeSequencesSentAsCharacterReferencesAreRemovedFromTitle() throws IOException {
        Article article = parse("feeds/rss20-escapes.xml", null).articles().get(0);
        assertEquals("Minister resigns over leaked cable", article.title());
    }

    @Test
    void escapeSequencesSentAsCharacterReferencesAreRemovedFromBody() throws IOException {
        Article article = parse("feeds/rss20-escapes.xml", null).articles().get(0);
        assertEquals("The minister said the cable \"was never meant to be read as policy\".", article.body());
    }

    @Test
    void rawControlCharactersAreRemovedAndTheFeedIsStillRead() throws IOException {
        String feed = rss("<item><guid>raw-1</guid><title>Curfew \u001b[1;31mextended\u001b[0m in Odesa\u0007</title>"
                + "<description>Officials said &#27;]2;hijack&#7;the curfew would last until Sunday.</description>"
                + "</item>");
        Parsed parsed = parser.parse("gray-wire", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        Article article = parsed.articles().get(0);
        assertEquals("Curfew extended in Odesa", article.title());
        assertEquals("Officials said the curfew would last until Sunday.", article.body());
        assertTrue(parsed.problems().get(0).startsWith("repaired malformed XML at line 1"), parsed.problems().get(0));
    }

    // --- entities and DTDs ---------------------------------------------------------------------------------------

    @Test
    void externalEntityNamingLocalFileIsNotExpanded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "launch-code-4471");
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                + rss("<item><guid>x-1</guid><title>Monitors arrive &secret;</title>"
                + "<description>Monitors arrived on Friday. &secret;</description></item>");
        Article article = parser.parse("xxe", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER).articles().get(0);
        assertFalse(article.text().contains("launch-code"), article.text());
        assertEquals("Monitors arrive", article.title());
    }

    @Test
    void externalEntityNamingEtcPasswdIsNotExpanded() throws IOException {
        Article article = parse("feeds/xxe-passwd.xml", null).articles().get(0);
        assertFalse(article.text().contains("root:"), article.text());
        assertEquals("Ceasefire monitors arrive", article.title());
    }

    @Test
    void externalDtdIsNeverFetched() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("<!ENTITY leak \"fetched\">"));
            server.start(InetAddress.getLoopbackAddress(), 0);
            String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + server.url("/evil.dtd") + "\" [\n"
                    + "<!ENTITY % remote SYSTEM \"" + server.url("/remote.dtd") + "\"> %remote;]>\n"
                    + rss("<item><guid>d-1</guid><title>Observers report calm night</title></item>");
            Parsed parsed = parser.parse("dtd", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
            assertEquals(List.of("Observers report calm night"), titles(parsed));
            assertEquals(0, server.getRequestCount());
        }
    }

    @Test
    void billionLaughsIsRejectedWithoutBlowingUp() {
        FeedFormatException e = assertThrows(FeedFormatException.class,
                () -> parse("feeds/billion-laughs.xml", null));
        assertTrue(e.getMessage().startsWith("refused XML whose entities expand beyond safe limits"), e.getMessage());
    }

    @Test
    void elementsNestedTenThousandDeepAreRefusedNamingTheDepth() {
        String deep = "<span>".repeat(10_000) + "deep" + "</span>".repeat(10_000);
        byte[] feed = rss("<item><guid>d-1</guid><title>Deep</title><description>" + deep + "</description></item>")
                .getBytes(StandardCharsets.UTF_8);
        FeedFormatException e = assertThrows(FeedFormatException.class, () -> parser.parse("deep", feed, null, LEDGER));
        assertEquals("elements nested 10004 deep, limit 500; refused before building the document", e.getMessage());
    }

    @Test
    void elementsNestedWithinTheLimitAreRead() throws IOException {
        String nested = "<span>".repeat(400) + "Calm night in Kharkiv" + "</span>".repeat(400);
        byte[] feed = rss("<item><guid>d-2</guid><title>Kharkiv</title><description>" + nested
                + "</description></item>").getBytes(StandardCharsets.UTF_8);
        Parsed parsed = parser.parse("deep", feed, null, LEDGER);
        assertEquals(List.of("Kharkiv"), titles(parsed));
    }

    @Test
    void escapedHtmlNestedHundredThousandDeepGivesItsText() throws IOException {
        String deep = "&lt;div&gt;".repeat(100_000) + "Observers report calm night" + "&lt;/div&gt;".repeat(100_000);
        byte[] feed = rss("<item><guid>d-3</guid><title>Deep</title><description>" + deep + "</description></item>")
                .getBytes(StandardCharsets.UTF_8);
        Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> parser.parse("deep", feed, null, LEDGER));
        assertEquals("Observers report calm night", parsed.articles().get(0).body());
    }

    @Test
    void itemTextBeyondTheBudgetIsCutAndReported() throws IOException {
        String huge = "<p>The talks went on.</p>".repeat(EntryMapper.MAX_TEXT_CHARS / 25 + 10);
        byte[] feed = rss("<item><guid>h-1</guid><title>Long</title><description><![CDATA[" + huge
                + "]]></description></item>").getBytes(StandardCharsets.UTF_8);
        Parsed parsed = parser.parse("long", feed, null, LEDGER);
        assertTrue(parsed.articles().get(0).body().startsWith("The talks went on.\n\nThe talks went on."));
        assertTrue(parsed.articles().get(0).body().length() < EntryMapper.MAX_TEXT_CHARS);
        assertEquals(List.of("item 1 has " + huge.length() + " characters of text, more than the 2000000 read;"
                + " kept the first 2000000"), parsed.problems());
    }

    @Test
    void htmlEntitiesUndeclaredInXmlAreRepaired() throws IOException {
        String feed = rss("<item><guid>e-1</guid><title>Caf&eacute; talks&nbsp;end &mdash; no deal</title></item>");
        Parsed parsed = parser.parse("ledger-world", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("Café talks end — no deal"), titles(parsed));
    }

    // --- what feedparser reads too ----------------------------------------------------------------------------

    @Test
    void relativeItemLinkWithoutGuidIsResolved() throws IOException {
        Parsed parsed = parser.parse("desk", rss("<item><link>/world/talks</link></item>")
                .getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals("https://ledger.example.com/world/talks", parsed.articles().get(0).url());
    }

    @Test
    void atomEntryWithoutLinkTakesItsIdWhenAUrlAndItsLinkWhenWrittenAsText() throws IOException {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://127.0.0.1/a</id></entry>"
                + "<entry><link>http://127.0.0.1/b</link></entry><entry><id>tag:desk,2025:c</id><title>C</title>"
                + "</entry></feed>";
        Parsed parsed = parser.parse("desk", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("http://127.0.0.1/a", "http://127.0.0.1/b", ""),
                parsed.articles().stream().map(Article::url).toList());
    }

    @Test
    void atomBase64TitleIsDecoded() throws IOException {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:x</id>"
                + "<title type=\"application/octet-stream\">VGFsa3MgPGI+cmVzdW1lPC9iPg==</title></entry></feed>";
        Parsed parsed = parser.parse("desk", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("Talks resume"), titles(parsed));
    }

    @Test
    void atom03Base64TitleWithoutTypeIsPlainText() throws IOException {
        // Atom 0.3 text is text/plain unless its type says otherwise: the decoded markup is the title as written.
        String feed = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><id>urn:x</id>"
                + "<title mode=\"base64\">VGFsa3MgPGI+cmVzdW1lPC9iPg==</title></entry><entry><id>urn:y</id>"
                + "<title mode=\"base64\" type=\"text/html\">RmVycnkgPGI+c2FpbHM8L2I+</title></entry><entry><id>urn:z</id>"
                + "<title type=\"text/plain\">Port &amp; <b>ferry</b></title></entry></feed>";
        Parsed parsed = parser.parse("desk", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        // The third title is in the default xml mode: markup, whatever its type says.
        assertEquals(List.of("Talks <b>resume</b>", "Ferry sails", "Port & ferry"), titles(parsed));
    }

    @Test
    void relativeAtomIdIsTheLinkOnlyOfAnEntryWithoutAnyLink() throws IOException {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>/desk/talks</id></entry>"
                + "<entry xml:base=\"http://127.0.0.1/wire/\"><id>ferry</id></entry>"
                + "<entry><id>story-1</id><title>Audio</title><link rel=\"enclosure\" href=\"/a.mp3\"/></entry>"
                + "</feed>";
        Parsed parsed = parser.parse("desk", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("https://ledger.example.com/desk/talks", "http://127.0.0.1/wire/ferry", ""),
                parsed.articles().stream().map(Article::url).toList());
        assertEquals(List.of("/desk/talks", "ferry", "story-1"),
                parsed.articles().stream().map(Article::guid).toList());
    }

    @Test
    void rssGuidIsTheLinkOnlyWhenAnAbsolutePermalink() throws IOException {
        Parsed parsed = parser.parse("desk", rss("<item><guid>story-4471</guid><title>Talks</title></item>"
                + "<item><guid isPermaLink=\"false\">http://127.0.0.1/b</guid><title>Ferry</title></item>"
                + "<item><guid>http://127.0.0.1/c</guid><title>Port</title></item>")
                .getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("", "", "http://127.0.0.1/c"), parsed.articles().stream().map(Article::url).toList());
    }

    @Test
    void dublinCoreOrMediaTitleStandsInForAMissingTitle() throws IOException {
        String feed = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                + "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>t</title>"
                + "<item><guid>1</guid><dc:title>Port reopens</dc:title></item>"
                + "<item><guid>2</guid><media:title>Ferry resumes</media:title></item></channel></rss>";
        Parsed parsed = parser.parse("desk", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("Port reopens", "Ferry resumes"), titles(parsed));
    }

    @Test
    void channelDefinitionFormatIsReadAsAFeed() throws IOException {
        String cdf = "<CHANNEL HREF=\"http://127.0.0.1/\" xml:base=\"http://127.0.0.1/desk/\"><TITLE>Desk</TITLE>"
                + "<ITEM HREF=\"talks\"><TITLE>Talks resume</TITLE><ABSTRACT>In Geneva.</ABSTRACT></ITEM>"
                + "</CHANNEL>";
        Article item = parser.parse("desk", cdf.getBytes(StandardCharsets.UTF_8), null, LEDGER).articles().get(0);
        assertEquals(List.of("Talks resume", "In Geneva.", "http://127.0.0.1/desk/talks"),
                List.of(item.title(), item.body(), item.url()));
    }

    // --- encodings -----------------------------------------------------------------------------------------------

    @Test
    void latin1BytesDeclaredAsUtf8AreReadAsWindows1252() throws IOException {
        byte[] body = rssWithTitle("UTF-8", "Bürgermeister: „Die Waffenruhe hält“", Charset.forName("windows-1252"));
        Parsed parsed = parser.parse("kiel", body, null, LEDGER);
        assertEquals(List.of("Bürgermeister: „Die Waffenruhe hält“"), titles(parsed));
        assertEquals(List.of("bytes are not valid UTF-8; read as windows-1252"), parsed.problems());
    }

    @Test
    void oneInvalidByteInUtf8FeedCostsOneCharacterOnly() throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + rss(
                "<item><guid>b-1</guid><title>Caf\u00E9 talks: \u201CWe are ready\u201D</title></item>"
                + "<item><guid>b-2</guid><title>Peskov\u2019s reply at the caf\u0000</title></item>");
        byte[] body = feed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < body.length; i++) {
            body[i] = body[i] == 0 ? (byte) 0xE9 : body[i];
        }
        Parsed parsed = parser.parse("kiel", body, null, LEDGER);
        assertEquals(List.of("Caf\u00E9 talks: \u201CWe are ready\u201D", "Peskov\u2019s reply at the caf\uFFFD"),
                titles(parsed));
        assertEquals(List.of("1 invalid UTF-8 byte sequence replaced by U+FFFD"), parsed.problems());
    }

    @Test
    void utf8BytesDeclaredAsLatin1AreReadAsUtf8() throws IOException {
        byte[] body = rssWithTitle("ISO-8859-1", "Zełenski: „Rozejm musi być prawdziwy”", StandardCharsets.UTF_8);
        Parsed parsed = parser.parse("warsaw", body, null, LEDGER);
        assertEquals(List.of("Zełenski: „Rozejm musi być prawdziwy”"), titles(parsed));
    }

    @Test
    void shiftJisDeclaredInThePrologIsHonoured() throws IOException {
        byte[] body = rssWithTitle("Shift_JIS", "東京：停戦協議が再開", Charset.forName("Shift_JIS"));
        Parsed parsed = parser.parse("tokyo", body, null, LEDGER);
        assertEquals(List.of("東京：停戦協議が再開"), titles(parsed));
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void missingDeclarationMeansUtf8() throws IOException {
        String feed = rss("<item><guid>n-1</guid><title>Kyiv’s mayor: “Шкода”</title></item>");
        Parsed parsed = parser.parse("kyiv", feed.getBytes(StandardCharsets.UTF_8), null, LEDGER);
        assertEquals(List.of("Kyiv’s mayor: “Шкода”"), titles(parsed));
    }

    @Test
    void contentTypeCharsetIsUsedWithoutDeclaration() throws IOException {
        String feed = rss("<item><guid>k-1</guid><title>Минск: переговоры продолжатся</title></item>");
        byte[] body = feed.getBytes(Charset.forName("KOI8-R"));
        Parsed parsed = parser.parse("minsk", body, "application/rss+xml; charset=KOI8-R", LEDGER);
        assertEquals(List.of("Минск: переговоры продолжатся"), titles(parsed));
    }

    @Test
    void byteOrderMarkWinsOverDeclaration() throws IOException {
        byte[] text = rssWithTitle("ISO-8859-1", "Gdańsk shipyard strike ends", StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        assertEquals(List.of("Gdańsk shipyard strike ends"), titles(parser.parse("gdansk", body, null, LEDGER)));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + rss("<item><guid>u-1</guid><title>東京で停戦協議</title></item>");
        byte[] body = feed.getBytes(StandardCharsets.UTF_16);
        assertEquals(List.of("東京で停戦協議"), titles(parser.parse("tokyo", body, null, LEDGER)));
    }

    // --- sharing ---------------------------------------------------------------------------------------------------

    @Test
    void oneParserGivesTheSameArticlesOnManyThreads() throws Exception {
        List<String> fixtures = List.of("feeds/rss20-content.xml", "feeds/atom10.xml", "feeds/rss10-rdf.xml",
                "feeds/rss091-netscape.xml", "feeds/rss20-dates.xml", "feeds/rss20-escapes.xml");
        Map<String, Parsed> expected = new HashMap<>();
        for (String fixture : fixtures) {
            expected.put(fixture, parse(fixture, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String fixture = fixtures.get(i % fixtures.size());
                same.add(pool.submit(() -> parse(fixture, null).equals(expected.get(fixture))));
            }
            for (Future<Boolean> result : same) {
                assertTrue(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private Parsed parse(String resource, String contentType) throws IOException {
        return parser.parse("ledger-world", resource(resource), contentType, LEDGER);
    }

    static byte[] resource(String name) {
        try (InputStream in = FeedParserTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rss(String items) {
        return "<rss version=\"2.0\"><channel><title>Test desk</title><link>https://desk.example.org/</link>"
                + "<description>Test desk.</description>" + items + "</channel></rss>";
    }

    private static byte[] rssWithTitle(String declared, String title, Charset actual) {
        return ("<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n"
                + rss("<item><guid>t-1</guid><title>" + title + "</title></item>")).getBytes(actual);
    }

    private static List<String> titles(Parsed parsed) {
        return parsed.articles().stream().map(Article::title).toList();
    }

    private static Map<String, Article> byGuid(Parsed parsed) {
        return parsed.articles().stream().collect(Collectors.toMap(Article::guid, Function.identity()));
    }
}
