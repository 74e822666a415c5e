package wirewatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Points all logging (System.Logger, java.util.logging and, through its bridge, SLF4J) at one file in the state
 * directory, so nothing is ever written across the dashboard or into the JSON on standard output.
 */
public final class LogFile {
    private LogFile() {
    }

    /**
     * Sends every log record to {@code file} (started afresh past 10 MB). When the file cannot be opened, logging is
     * silenced rather than sent to the terminal; the returned message says why (or is empty).
     */
    public static String install(Path file, boolean verbose) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT%1$tz %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(verbose ? Level.FINE : Level.INFO);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // One file, started afresh when it passes 10 MB: with more than one, java.util.logging would add
            // generation numbers to the name the README gives.
            Handler handler = new FileHandler(file.toString().replace("%", "%%"), 10_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
            return "";
        } catch (IOException | RuntimeException e) {
            return "cannot write the log " + file + ": " + e.getMessage();
        }
    }
}
