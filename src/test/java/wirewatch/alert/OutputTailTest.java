package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {
    private static void write(OutputTail tail, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tail.append(bytes, bytes.length);
    }

    @Test
    void shortOutputIsKeptWhole() {
        OutputTail tail = new OutputTail(64);
        write(tail, "posted to #newsroom\n");
        assertEquals("posted to #newsroom\n", tail.text());
        assertFalse(tail.isTruncated());
    }

    @Test
    void longOutputKeepsOnlyItsLastBytesAcrossWrites() {
        OutputTail tail = new OutputTail(10);
        write(tail, "retrying pager ");
        write(tail, "gave up: 503");
        assertEquals("ve up: 503", tail.text());
        assertEquals(27, tail.totalBytes());
        assertTrue(tail.isTruncated());
    }

    @Test
    void oneWriteLargerThanTheTailKeepsItsEnd() {
        OutputTail tail = new OutputTail(4);
        write(tail, "abc");
        write(tail, "0123456789");
        assertEquals("6789", tail.text());
        assertEquals(13, tail.totalBytes());
    }
}
