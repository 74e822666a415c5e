package wirewatch.tui;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens an article's URL in the user's browser as a process with an argv list (the command, then the URL), never
 * through a shell, and only for http and https URLs. Does not wait for the browser.
 */
final class Browser {
    private static final File NULL_FILE = new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");

    private final List<String> command;

    Browser(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Starts the browser on the URL; throws with a message the status line can show. */
    void open(String url) throws IOException {
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
        // The browser must not read or write the dashboard's terminal.
        new ProcessBuilder(argv).redirectInput(NULL_FILE).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
