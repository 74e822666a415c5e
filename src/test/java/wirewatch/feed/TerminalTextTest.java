package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    private static final String BIDI = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    @Test
    void stripDropsEveryBidirectionalControl() {
        assertEquals("Truce holds", TerminalText.strip("Truce " + BIDI + "holds"));
    }

    @Test
    void stripDropsEscapeSequencesAndControlsButKeepsSpacing() {
        assertEquals("match      [truce]  a b  Kyiv", TerminalText.strip(
                "match      [tr\u001b[31muce\u001b[0m]  a\nb \u009b2J\u0085Kyiv\u0007"));
    }

    @Test
    void stripLeavesSafeTextAlone() {
        String text = "Зеленський: «Ми готові» — שלום 🕊";
        assertSame(text, TerminalText.strip(text));
    }

    @Test
    void escapeInJsonKeepsTheDataAndNoRawControl() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String title = "\u202Etxt.exe " + BIDI + " \u009b31m \u0085 \u007f end";
        String line = TerminalText.escapeInJson(json.writeValueAsString(Map.of("title", title)));

        assertEquals("{\"title\":\"\\u202Etxt.exe \\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067"
                + "\\u2068\\u2069 \\u009B31m \\u0085 \\u007F end\"}", line);
        assertEquals(title, json.readTree(line).path("title").asText());
    }

    @Test
    void escapeInJsonLeavesOrdinaryTextAlone() {
        String line = "{\"title\":\"Зеленський «Ми готові»\",\"n\":1}\n";
        assertSame(line, TerminalText.escapeInJson(line));
    }

    @Test
    void unterminatedSequencesEndTheTextOrTheLine() {
        assertEquals("Talks", TerminalText.strip("Talks\u001b[1;3"));
        assertEquals("Talks", TerminalText.strip("Talks\u001b"));
        assertEquals("Talks", TerminalText.strip("Talks\u009b"));
        assertEquals("Talks resume", TerminalText.strip("Talks\u001b]0;title never ended\nresume"));
        assertEquals("Talks", TerminalText.strip("Talks\u001bPq#0;2;0;0;0"));
    }

    @Test
    void controlSequencesFollowEcma48() {
        // Parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E.
        assertEquals("ab", TerminalText.strip("a\u001b[?25lb"));
        assertEquals("ab", TerminalText.strip("a\u001b[2 qb"));
        assertEquals("ab", TerminalText.strip("a\u001b[>4;2mb"));
        assertEquals("ab", TerminalText.strip("a\u001b[1;31~b"));
        // A byte out of range ends the sequence; what follows is text, never part of an escape.
        assertEquals("aémb", TerminalText.strip("a\u001b[1;émb"));
        assertEquals("a;31mb", TerminalText.strip("a\u001b[1\u0001;31mb"));
    }

    @Test
    void everyStringSequenceEndsAtBelOrSt() {
        for (String intro : new String[] {"\u001b]", "\u001bP", "\u001bX", "\u001b^", "\u001b_", "\u009d", "\u0090",
            "\u0098", "\u009e", "\u009f"}) {
            assertEquals("ab", TerminalText.strip("a" + intro + "0;payload\u0007b"), intro);
            assertEquals("ab", TerminalText.strip("a" + intro + "0;payload\u001b\\b"), intro);
            assertEquals("ab", TerminalText.strip("a" + intro + "0;payload\u009cb"), intro);
        }
    }

    @Test
    void eightBitControlsAndLoneEscapesLeaveNothing() {
        assertEquals("ab", TerminalText.strip("a\u009b2Jb"));
        assertEquals("ab", TerminalText.strip("a\u0084\u008d\u009cb"));
        assertEquals("a b", TerminalText.strip("a\u0085b"));
        assertEquals("ab", TerminalText.strip("a\u001b7b"));
        assertEquals("ab", TerminalText.strip("a\u001b(Bb"));
        assertEquals("aéb", TerminalText.strip("a\u001béb"));
        assertEquals("a b", TerminalText.strip("a\u001b\nb"));
    }

    @Test
    void hostileTextNeverReachesATerminalRawAndStripsOnce() {
        String[] pieces = {"\u001b", "[", "]", "P", "X", "^", "_", "\\", "\u0007", "\u009b", "\u009c", "\u009d",
            "\u0090", "\u0098", "\u009e", "\u009f", "\u0085", "\u0000", "\u007f", "\n", "\r", "\t", "1", ";", " ",
            "<", ">", "?", "m", "A", "~", "é", "\u202e", "\u2066", "🕊", "Kyiv"};
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(48);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            String shown = TerminalText.strip(input);
            assertTrue(shown.chars().noneMatch(c -> TerminalText.isUnsafe((char) c)), input);
            assertEquals(shown, TerminalText.strip(shown), input);
            String line = TerminalText.escapeInJson(assertDoesNotThrowWrite(json, input));
            assertTrue(line.chars().noneMatch(c -> TerminalText.isUnsafe((char) c)), input);
            assertEquals(input, readTitle(json, line), input);
        }
    }

    @Test
    void endlessIntroducersTakeLinearTime() {
        String hostile = "\u001b[".repeat(200_000) + "\u001b]".repeat(200_000) + "Kyiv";
        assertEquals("", TerminalText.strip(hostile));
        // "K" would be a final byte (erase in line); a byte out of range ends the last sequence instead.
        assertEquals("é Kyiv", TerminalText.strip("\u001b[".repeat(200_000) + "é Kyiv"));
    }

    private static String assertDoesNotThrowWrite(ObjectMapper json, String title) {
        try {
            return json.writeValueAsString(Map.of("title", title));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(title, e);
        }
    }

    private static String readTitle(ObjectMapper json, String line) {
        try {
            return json.readTree(line).path("title").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(line, e);
        }
    }
}
