package wirewatch.alert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import wirewatch.config.AlertSpec;
import wirewatch.config.Location;

/** Hook scripts written into a test's folder, and alerts that run them. */
final class Scripts {
    private Scripts() {
    }

    /** Writes an executable {@code #!/bin/sh} script and returns its path. */
    static Path write(Path dir, String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /** An alert that runs {@code script}, named after it ({@code slow.sh} is hook {@code slow}). */
    static AlertSpec run(Path script, Duration timeout, int retries) {
        String file = script.getFileName().toString();
        String name = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        return new AlertSpec(name, "ceasefire-kremlin", Set.of("match", "statement", "revision", "feed_error"),
                List.of(script.toString()), null, timeout, retries, Location.NONE);
    }

    static AlertSpec run(Path script) {
        return run(script, Duration.ofSeconds(30), 0);
    }

    static AlertSpec shell(String command) {
        return new AlertSpec("ceasefire-kremlin#1", "ceasefire-kremlin", Set.of("match"), List.of(), command, Duration.ofSeconds(30), 0,
                Location.NONE);
    }
}
