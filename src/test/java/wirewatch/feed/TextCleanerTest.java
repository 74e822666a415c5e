package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
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
    void textWithNothingToCleanIsUnchanged() {
        String text = "Zelensky says Ukraine is ready for a 30-day truce.";
        assertEquals(text, TextCleaner.clean(text));
    }
}
