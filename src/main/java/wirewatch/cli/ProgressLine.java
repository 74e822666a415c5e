package wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import wirewatch.app.RoundProgress;

/**
 * The one line {@code tail --once} keeps redrawing on a terminal's standard error while a round runs: feeds done
 * out of all, and the feed in flight longest. Lines printed meanwhile go through {@link #around} so that they never
 * share a row with it; {@link #clear} leaves the row empty. An invisible line draws nothing (standard error is a
 * file or pipe). Thread-safe.
 */
final class ProgressLine implements RoundProgress {
    /** Wider than the terminal, the line would wrap and the carriage return would redraw only its last row. */
    private static final int WIDTH = 79;

    private final PrintWriter err;
    private final int total;
    private final boolean visible;
    private final Set<String> inFlight = new LinkedHashSet<>();
    private int done;
    private int shown;

    ProgressLine(PrintWriter err, int total, boolean visible) {
        this.err = err;
        this.total = total;
        this.visible = visible;
    }

    /**
     * Whether standard error is a terminal: a console, and, where {@code /proc} tells, file descriptor 2 on a
     * terminal device rather than a file or pipe it was redirected to.
     */
    static boolean isTerminal() {
        if (System.console() == null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void polling(String feed) {
        inFlight.add(feed);
        draw();
    }

    @Override
    public synchronized void recorded(String feed) {
        inFlight.remove(feed);
        done++;
        draw();
    }

    /** Runs {@code print} with the line cleared, then draws it again. */
    synchronized void around(Runnable print) {
        clear();
        print.run();
        draw();
    }

    /** Empties the row the line was drawn on. */
    synchronized void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    private void draw() {
        if (!visible) {
            return;
        }
        String text = done + "/" + total + " feeds done" + inFlight.stream().findFirst()
                .map(f -> ", waiting on " + f + (inFlight.size() > 1
                        ? " and " + (inFlight.size() - 1) + " more" : "")).orElse("");
        if (text.length() > WIDTH) {
            text = text.substring(0, WIDTH);
        }
        err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
        err.flush();
        shown = Math.max(shown, text.length());
    }
}
