package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final StringWriter err = new StringWriter();

    /** What a terminal shows: each carriage return starts the row again, over what was there. */
    private String row() {
        String all = err.toString();
        String last = all.substring(all.lastIndexOf('\r') + 1);
        String before = all.substring(0, Math.max(0, all.lastIndexOf('\r')));
        String under = before.substring(before.lastIndexOf('\r') + 1);
        return (last + (under.length() > last.length() ? under.substring(last.length()) : "")).strip();
    }

    @Test
    void showsFeedsDoneAndTheFeedInFlightLongest() {
        ProgressLine line = new ProgressLine(new PrintWriter(err), 3, true);
        line.polling("slow-desk");
        line.polling("fast-desk");
        line.polling("mid-desk");
        line.recorded("fast-desk");
        assertEquals("1/3 feeds done, waiting on slow-desk and 1 more", row());
        line.recorded("mid-desk");
        assertEquals("2/3 feeds done, waiting on slow-desk", row());
    }

    @Test
    void printsOtherLinesOnAClearedRowAndLeavesItEmpty() {
        PrintWriter writer = new PrintWriter(err);
        ProgressLine line = new ProgressLine(writer, 2, true);
        line.polling("slow-desk");
        line.around(() -> writer.print("match      [truce] fast-desk: Ceasefire talks resume\n"));
        assertTrue(err.toString().contains("\r" + " ".repeat("0/2 feeds done, waiting on slow-desk".length())
                + "\rmatch      [truce]"), err.toString());
        line.recorded("slow-desk");
        line.clear();
        assertTrue(err.toString().endsWith("\r" + " ".repeat("2/2 feeds done, waiting on slow-desk".length()) + "\r"),
                err.toString());
    }

    @Test
    void anInvisibleLineWritesNothing() {
        ProgressLine line = new ProgressLine(new PrintWriter(err), 1, false);
        line.polling("slow-desk");
        line.around(() -> { });
        line.recorded("slow-desk");
        line.clear();
        assertEquals("", err.toString());
    }
}
