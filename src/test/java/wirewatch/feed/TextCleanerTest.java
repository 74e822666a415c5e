package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    /** A hang guard, not a speed test: the square of 100,000 steps would take minutes. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void hundredThousandNestedDivsGiveTheirText() {
        String html = "<div>".repeat(100_000) + "Kremlin rejects proposal" + "</div>".repeat(100_000);
        assertEquals("Kremlin rejects proposal", assertTimeoutPreemptively(HANG_GUARD, () -> TextCleaner.fromHtml(html)));
    }

    @Test
    void hundredThousandNestedElementsJsoupMustParseGiveTheirText() {
        String html = "<section>".repeat(100_000) + "Kremlin rejects proposal" + "</section>".repeat(100_000);
        assertEquals("Kremlin rejects proposal", assertTimeoutPreemptively(HANG_GUARD, () -> TextCleaner.fromHtml(html)));
    }

    @Test
    void colourSequencesAreRemoved() {
        assertEquals("Kremlin rejects proposal",
                TextCleaner.clean("\u001b[1;31mKremlin\u001b[0m rejects proposal"));
    }

    @Test
    void windowTitleSequenceEndingInBellIsRemoved() {
        assertEquals("Talks resume", TextCleaner.clean("Talks \u001b]0;PWNED\u0007resume"));
    }

    @Test
    void windowTitleSequenceEndingInStringTerminatorIsRemoved() {
        assertEquals("Talks resume", TextCleaner.clean("Talks \u001b]2;owned\u001b\\resume"));
    }

    @Test
    void eightBitControlSequenceIsRemoved() {
        assertEquals("Envoy arrives", TextCleaner.clean("Envoy \u009b2Jarrives"));
    }

    @Test
    void unterminatedWindowTitleSequenceStopsAtLineBreak() {
        assertEquals("Talks\n\nThe envoy said talks went well.",
                TextCleaner.clean("Talks \u001b]0;hijack\n\nThe envoy said talks went well."));
    }

    @Test
    void controlCharactersAreRemovedButTabsAndNewlinesBecomeWhitespace() {
        assertEquals("Vote passes 52 to 48", TextCleaner.clean("Vote\u0000 passes\u0008\t52 to\u007f 48\u0085"));
    }

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertEquals("First paragraph.\n\nSecond paragraph.",
                TextCleaner.clean("  First\n paragraph.\r\n\r\n\r\n   Second   paragraph.  \n"));
    }

    @Test
    void lineJoinsParagraphsWithSpaces() {
        assertEquals("Ceasefire holds Officials confirm",
                TextCleaner.line("Ceasefire holds\n\nOfficials\u00a0confirm"));
    }

    @Test
    void fromHtmlKeepsParagraphsAndDecodesEntities() {
        assertEquals("“We will study it,” he said.\n\nTalks resume on Monday & Tuesday.",
                TextCleaner.fromHtml("<p>&ldquo;We will study it,&rdquo; he\nsaid.</p><p>Talks resume on"
                        + " <b>Monday</b> &amp; Tuesday.</p>"));
    }

    @Test
    void fromHtmlRemovesControlsSentAsCharacterReferences() {
        assertEquals("Minister resigns", TextCleaner.fromHtml("Minister &#27;]0;PWNED&#7;resigns"));
    }

    @Test
    void fromHtmlDropsScriptsAndStyles() {
        assertEquals("Envoys met in Doha.", TextCleaner.fromHtml(
                "<style>p{color:red}</style><p>Envoys met in Doha.</p><script>track('x')</script>"));
    }

    @Test
    void fromHtmlKeepsTheFallbackTextOfAnObjectAsABrowserShowsIt() {
        assertEquals("Envoys met in Doha. Video of the meeting", TextCleaner.fromHtml("Envoys met in Doha. <object "
                + "data=\"meeting.swf\"><param name=\"movie\" value=\"meeting.swf\"><embed src=\"meeting.swf\">"
                + "Video of the meeting</object>"));
    }

    @Test
    void fromHtmlTreatsDoubleLineBreakAsParagraph() {
        assertEquals("The mayor spoke first.\n\nThe governor followed.",
                TextCleaner.fromHtml("The mayor spoke first.<br><br>The governor followed."));
    }

    @Test
    void fromHtmlKeepsPlainTextLineBreaks() {
        assertEquals("Update 1: talks begin.\n\nUpdate 2: talks pause.",
                TextCleaner.fromHtml("Update 1: talks begin.\n\nUpdate 2: talks pause."));
    }

    @Test
    void tabAndNoBreakSpaceBecomePlainSpaces() {
        assertEquals("Kyiv 14:00 briefing", TextCleaner.clean("Kyiv\t14:00\u00a0briefing"));
    }

    @Test
    void paragraphSeparatorsBetweenShortWordsFit() {
        assertEquals("a\n\nb\n\nc", TextCleaner.clean("a\u2029b\u2029c"));
        assertEquals("a b", TextCleaner.line("a\u2029b"));
    }

    @Test
    void textWithNothingToCleanIsUnchanged() {
        String text = "Zelensky says Ukraine is ready for a 30-day truce.";
        assertEquals(text, TextCleaner.clean(text));
    }

    private static final String[] PIECES = {"Kyiv", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u000B", "\f",
        "\u001C", "\u0001", "\u007F", "\u0085", "\u009B31m", "\u001B[1;31m", "\u001B]0;title\u0007", "\u00A0",
        "\u2003", "\u2028", "\u2029", "\u3000", "\uFEFF", "“truce”", "é", "🕊", "talks.", "-", "<p>", "&amp;"};

    @Test
    void cleansAsTheFirstCharByCharVersionDid() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertEquals(reference(input, true), TextCleaner.clean(input), input);
            assertEquals(TextCleaner.clean(input), TextCleaner.clean(TextCleaner.clean(input)), "cleaning twice");
            assertEquals(reference(input, false), TextCleaner.line(input), input);
        }
    }

    /** The cleaning as first written, with charAt and one chain of tests per character (its buffer made room for
     * the two line breaks a paragraph separator gives). */
    private static String reference(String text, boolean paragraphs) {
        int n = text.length();
        char[] out = new char[2 * n];
        int length = 0;
        int newlines = 0;
        boolean space = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (TerminalText.isIntroducer(c)) {
                i = TerminalText.end(text, i);
                continue;
            }
            i++;
            if (c == ' ') {
                space = true;
            } else if (c == '\n' || c == '\u2028' || c == '\r' && (i >= n || text.charAt(i) != '\n')) {
                newlines++;
            } else if (c == '\u2029') {
                newlines += 2;
            } else if (c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!isDropped(c)) {
                if (length > 0 && (space || newlines > 0)) {
                    if (newlines >= 2 && paragraphs) {
                        out[length++] = '\n';
                        out[length++] = '\n';
                    } else {
                        out[length++] = ' ';
                    }
                }
                newlines = 0;
                space = false;
                out[length++] = c;
            }
        }
        String cleaned = new String(out, 0, length);
        return cleaned.equals(text) ? text : cleaned;
    }

    private static boolean isDropped(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFEFF';
    }
}
