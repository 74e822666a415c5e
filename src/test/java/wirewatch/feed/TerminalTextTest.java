package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
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
}
