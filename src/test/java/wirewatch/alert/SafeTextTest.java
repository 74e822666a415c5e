package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void plainTitleIsUnchanged() {
        String title = "Zelensky: «Ми готові» to talks in Jeddah";
        assertEquals(title, SafeText.line(title));
    }

    @Test
    void colourSequencesAreRemoved() {
        assertEquals("Kremlin rejects truce", SafeText.line("Kremlin \u001b[1;31mrejects\u001b[0m truce"));
    }

    @Test
    void windowTitleSequenceIsRemovedWithItsText() {
        assertEquals("Truce holds", SafeText.line("\u001b]0;rm -rf ~\u0007Truce \u001b]2;x\u001b\\holds"));
    }

    @Test
    void eightBitControlSequencesAreRemoved() {
        assertEquals("Truce holds", SafeText.line("Truce \u009b2Jholds\u009d8;;http://x\u009c"));
    }

    @Test
    void lineBreaksAndTabsBecomeOneSpace() {
        assertEquals("Peskov: talks continue next week",
                SafeText.line("Peskov:\r\n\ttalks continue\u2028next\u0085week\n"));
    }

    @Test
    void otherControlCharactersAndBidiOverridesAreDropped() {
        assertEquals("Truce holds", SafeText.line("Tr\u0000u\u0008ce\u007f \u202eholds\u2069"));
    }

    @Test
    void unterminatedEscapeAtTheEndIsDropped() {
        assertEquals("Talks resume", SafeText.line("Talks resume\u001b["));
    }

    @Test
    void hugeValueIsCappedWithAnEllipsis() {
        String capped = SafeText.line("ceasefire ".repeat(10_000));
        assertTrue(capped.length() <= SafeText.MAX_CHARS + 1, "length " + capped.length());
        assertTrue(capped.endsWith("…"));
    }
}
