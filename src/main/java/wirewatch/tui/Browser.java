package wirewatch.tui;

import com.googlecode.lanterna.screen.Screen;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens an article's URL in the user's browser as a process with an argv list (the command, then the URL), never
 * through a shell, and only for http and https URLs. A graphical browser (or {@code xdg-open}) runs beside the
 * dashboard, which does not wait for it; a terminal browser takes the terminal: the screen is stopped, the browser
 * runs in the foreground, and the screen comes back when it exits.
 */
final class Browser {
    /** Browsers that draw in the terminal they are started from. */
    static final Set<String> TERMINAL_BROWSERS = Set.of("w3m", "lynx", "elinks", "links", "links2", "browsh",
            "carbonyl", "www-browser");
    private static final File NULL_FILE = new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    private static final String FIX = "set $BROWSER to one (for example BROWSER=w3m)";

    private final List<String> command;
    private final boolean inTerminal;

    Browser(List<String> command, boolean inTerminal) {
        this.command = List.copyOf(command);
        this.inTerminal = inTerminal || TERMINAL_BROWSERS.contains(name());
    }

    boolean inTerminal() {
        return inTerminal;
    }

    private String name() {
        Path file = Path.of(command.get(0)).getFileName();
        return file == null ? command.get(0) : file.toString();
    }

    /**
     * Starts a graphical browser on the URL and returns; a browser that exits with a failure later is reported to
     * {@code failed}, on another thread. Throws with a message the status line can show.
     */
    void open(String url, Consumer<String> failed) throws IOException {
        // The browser must not read or write the dashboard's terminal.
        Process process = start(new ProcessBuilder(argv(url)).redirectInput(NULL_FILE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD));
        process.onExit().thenAccept(done -> {
            if (done.exitValue() != 0) {
                failed.accept(name() + " could not open the link (exit " + done.exitValue() + "); " + FIX);
            }
        });
    }

    /** Runs a terminal browser on the URL in the foreground, the screen stopped meanwhile. */
    void openInTerminal(String url, Screen screen) throws IOException {
        List<String> argv = argv(url);
        screen.stopScreen();
        try {
            int code = start(new ProcessBuilder(argv).inheritIO()).waitFor();
            if (code != 0) {
                throw new IOException(name() + " exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + name() + " ran", e);
        } finally {
            screen.startScreen();
        }
    }

    private Process start(ProcessBuilder builder) throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("no browser: cannot run " + name() + "; " + FIX, e);
        }
    }

    private List<String> argv(String url) throws IOException {
        URI uri;
        try {
            uri = new URI(SafeText.of(url).strip());
        } catch (URISyntaxException e) {
            throw new IOException("not a URL: " + e.getInput(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IOException("only http and https URLs are opened, not " + uri);
        }
        List<String> argv = new ArrayList<>(command);
        argv.add(uri.toASCIIString());
        return argv;
    }
}
