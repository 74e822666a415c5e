package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingNoiseTest {
    private static final String TEXT = "Negotiators met at the Café Central. “We are ready,” Peskov said — "
            + "voilà tout.";

    @Test
    void replacementCharacterForOneByteIsNoEdit() {
        assertTrue(DecodingNoise.sameText(TEXT.replace("Café", "Caf\uFFFD"), TEXT));
    }

    @Test
    void utf8MisreadAsWindows1252IsNoEdit() {
        String misread = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertTrue(misread.contains("CafÃ©") && misread.contains("â€œ"), misread);
        // As the text cleaner leaves it: a misread no-break space is a space.
        assertTrue(DecodingNoise.sameText(misread.replace('\u00A0', ' '), TEXT));
    }

    @Test
    void editedWordIsAnEdit() {
        assertFalse(DecodingNoise.sameText(TEXT.replace("Caf\u00E9", "Caf\uFFFD").replace("ready", "willing"),
                TEXT));
    }

    @Test
    void editedWordInAnotherScriptIsAnEdit() {
        assertFalse(DecodingNoise.sameText("Песков: «Мы готовы»", "Песков: «Мы не готовы»"));
        assertFalse(DecodingNoise.sameText("Песков: «Мы готовы»", "Песков: «Мы согласны»"));
    }

    @Test
    void addedParagraphIsAnEdit() {
        assertFalse(DecodingNoise.sameText(TEXT, TEXT + "\n\nTalks resume on Monday."));
    }
}
