package wirewatch.alert;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import wirewatch.config.AlertSpec;

/**
 * Finds a {@code run} hook's program as the process launcher will: a name with a slash as a path, any other name in
 * the folders of {@code PATH} ({@code /bin:/usr/bin} when unset, as the JDK does; an empty entry is the working
 * folder). A {@code shell} hook runs {@code sh}, whose own lookups only the shell knows.
 */
public final class HookProgram {
    private static final String DEFAULT_PATH = "/bin:/usr/bin";

    private HookProgram() {
    }

    /** The program of the hook when it cannot be found with this {@code PATH}; empty when it can, or for a shell. */
    public static Optional<String> missing(AlertSpec spec, @Nullable String path) {
        if (spec.shell() != null) {
            return Optional.empty();
        }
        String program = spec.run().get(0);
        return isFound(program, path == null ? DEFAULT_PATH : path) ? Optional.empty() : Optional.of(program);
    }

    private static boolean isFound(String program, String path) {
        try {
            if (program.contains("/")) {
                return isExecutableFile(Path.of(program));
            }
            for (String folder : path.split(":", -1)) {
                if (isExecutableFile(Path.of(folder.isEmpty() ? "." : folder).resolve(program))) {
                    return true;
                }
            }
            return false;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
