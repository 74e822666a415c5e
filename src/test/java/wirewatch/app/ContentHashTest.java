package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stored hashes depend on the normalisation: it must give what it always gave, and ignore what is not an edit. */
class ContentHashTest {
    /** The normalisation as first written, one regex replacement after another. */
    private static String reference(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
        Pattern timestamp = Pattern.compile("(?im)^\\s*(last\\s+)?(updated|published|modified|posted)\\b[^\\n]{0,60}$");
        return timestamp.matcher(folded).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static final List<String> PIECES = List.of("The Kremlin", " said", "  ", "\t", "\n", "\r\n", "\u000B",
            "\f", "\u00A0", "\u2003", "\u2028", "\u3000", "“truce”", "‘fine’", "—", "–", "ﬁnal", "Ⅻ", "é", "e\u0301",
            "Updated 14:02 GMT", "\nLAST UPDATED: 3 March 2025 09:14", "\nPosted by the desk", "\nposted", "published",
            "Modified", "\n  updated just now, after the vote in parliament that ran late into the night and beyond",
            "updatedness", "Ünïcödé", "🕊️", "x", ".", "\n\n");

    @Test
    void givesWhatTheRegexChainGave() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String input = text.toString();
            assertEquals(reference(input), ContentHash.normalize(input), () -> "for " + input.replace("\n", "\\n"));
        }
    }

    @Test
    void ignoresSpacingTypographyAndTimestampLinesButNotWords() {
        assertEquals(ContentHash.normalize("The “truce” holds.\nUpdated 14:02 GMT\n"),
                ContentHash.normalize("The  \"truce\"\u00A0holds."));
        assertNotEquals(ContentHash.normalize("The truce holds."), ContentHash.normalize("The truce held."));
    }

    @Test
    void canonicalUrlDropsTrackingFragmentAndCase() {
        assertEquals("https://news.example/world/truce?id=7&page=2",
                ContentHash.canonicalUrl("  HTTPS://News.Example/world/truce?utm_source=rss&id=7&fbclid=abc"
                        + "&UTM_Medium=feed&page=2&ref=home&at_medium=x&mc_cid=y#comments "));
        assertEquals("https://news.example/", ContentHash.canonicalUrl("https://news.example"));
        assertEquals("https://news.example/a", ContentHash.canonicalUrl("https://news.example/a?utm_source=x&"));
    }

    @Test
    void canonicalUrlGivesOneKeyForEquivalentSpellings() {
        assertEquals(ContentHash.canonicalUrl("https://news.example/a%2Fb/%C3%A9t%C3%A9?q=%2F"),
                ContentHash.canonicalUrl("https://news.example:443/a%2fb/%c3%a9t%c3%a9?q=%2f"));
        assertEquals("https://news.example/a", ContentHash.canonicalUrl("https://reader:secret@news.example/a"));
    }

    @Test
    void canonicalUrlPutsInternationalHostsInPunycode() {
        assertEquals("https://xn--bcher-kva.example/krieg?id=1",
                ContentHash.canonicalUrl("https://B\u00DCCHER.example/krieg?id=1&utm_campaign=z"));
    }

    @Test
    void canonicalUrlIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(new Locale("tr"));
        try {
            // In Turkish, "I".toLowerCase() is a dotless i, which would make a different key.
            assertEquals("https://www.itv.example/news?id=1",
                    ContentHash.canonicalUrl("HTTPS://WWW.ITV.EXAMPLE/news?id=1&UTM_SOURCE=x"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void canonicalUrlLeavesWhatIsNoWebLinkAsItWas() {
        assertEquals("urn:uuid:7f1b", ContentHash.canonicalUrl(" urn:uuid:7f1b "));
        assertEquals("not a url", ContentHash.canonicalUrl("not a url"));
        assertEquals("", ContentHash.canonicalUrl(""));
    }
}
