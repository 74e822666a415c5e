package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullTextExtractorTest {
    private static final URI LEDGER_PAGE =
            URI.create("https://ledger.example.com/world/2025/mar/13/kremlin-study-ceasefire-proposal");
    private static final URI WIRE_PAGE = URI.create("https://wire.example.net/europe/2025/03/12/grain-corridor");

    private final FullTextExtractor extractor = new FullTextExtractor();

    @Test
    void newsPageGivesTheStoryParagraphsOnly() {
        String text = extractor.extract(page("pages/ledger-kremlin-ceasefire.html"), LEDGER_PAGE);
        assertEquals(List.of(
                "The Kremlin said on Thursday it would study a US proposal for a 30-day ceasefire in Ukraine, but"
                        + " warned that \"many questions\" remained unanswered before Moscow could give its reply.",
                "\"We need to understand what is meant by monitoring, who will do it and how violations will be"
                        + " recorded,\" the Kremlin spokesman, Dmitry Peskov, told reporters in Moscow. He declined to"
                        + " say when President Vladimir Putin would respond.",
                "Ukraine's foreign minister said Kyiv had already accepted the plan and that \"the ball is now in"
                        + " Russia's court\". European diplomats said they expected an answer within days rather"
                        + " than weeks.",
                "A senior Russian lawmaker, speaking on state television, said any pause in the fighting would have"
                        + " to \"reflect realities on the ground\", a phrase Moscow has used to describe the territory"
                        + " it occupies."), List.of(text.split("\n\n")));
    }

    @Test
    void navigationRelatedLinksNewsletterAndFooterAreDropped() {
        String text = extractor.extract(page("pages/ledger-kremlin-ceasefire.html"), LEDGER_PAGE);
        for (String furniture : List.of("Business", "Envoys meet in Jeddah", "Sign up", "All rights reserved",
                "Most viewed", "Advertisement", "Share on social", "We use cookies", "Photograph")) {
            assertFalse(text.contains(furniture), furniture + " leaked into: " + text);
        }
    }

    @Test
    void pageWithoutArticleElementUsesDensestParagraphBlock() {
        String text = extractor.extract(page("pages/wire-div-layout.html"), WIRE_PAGE);
        assertTrue(text.startsWith("Marine insurers covering ships in the Black Sea grain corridor"), text);
        assertTrue(text.endsWith("none had been struck while under way."), text);
        assertEquals(4, text.split("\n\n").length);
        assertFalse(text.contains("Oil edges higher"), text);
    }

    @Test
    void pageBytesAreDecodedWithTheMetaCharset() {
        byte[] bytes = FeedParserTest.resource("pages/kurier-waffenruhe-cp1252.html");
        String text = extractor.extract(bytes, "text/html", URI.create("https://kurier.example.de/politik/1"));
        assertTrue(text.contains("„Wir hören keine Einschläge mehr“, sagte er"), text);
    }

    @Test
    void contentTypeCharsetDecidesForPageBytes() {
        byte[] bytes = ("<html><body><article><p>Переговоры продолжатся в пятницу, сказал посредник.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_16LE);
        String text = extractor.extract(bytes, "text/html; charset=UTF-16LE", URI.create("https://minsk.example/1"));
        assertEquals("Переговоры продолжатся в пятницу, сказал посредник.", text);
    }

    @Test
    void pageWithoutTextGivesEmptyString() {
        assertEquals("", extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", WIRE_PAGE));
    }

    @Test
    void shortTeaserIsThin() {
        assertTrue(FullTextExtractor.isThin(article("Envoys meet in Jeddah",
                "Envoys from both sides met in Jeddah on Tuesday.")));
    }

    @Test
    void bodyRepeatingTheTitleIsThin() {
        String title = "Kremlin says it will study US ceasefire proposal, but warns that many questions remain "
                .repeat(8).strip();
        assertTrue(FullTextExtractor.isThin(article(title, title.substring(0, 610))));
    }

    @Test
    void longBodyCutOffWithEllipsisIsThin() {
        assertTrue(FullTextExtractor.isThin(article("Talks", "The envoy said talks went well. ".repeat(25) + "…")));
    }

    @Test
    void fullStoryIsNotThin() {
        String body = extractor.extract(page("pages/ledger-kremlin-ceasefire.html"), LEDGER_PAGE);
        assertFalse(FullTextExtractor.isThin(article("Kremlin says it will study US ceasefire proposal", body)));
    }

    private static Article article(String title, String body) {
        return new Article("id-1", "ledger-world", "guid-1", "https://ledger.example.com/1", title, body, null,
                List.of());
    }

    private static String page(String resource) {
        return new String(FeedParserTest.resource(resource), StandardCharsets.UTF_8);
    }
}
