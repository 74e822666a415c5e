package wirewatch.alert;

import java.util.List;
import wirewatch.config.AlertSpec;

/**
 * The argv a hook runs: its {@code run} list as it stands (no shell), or {@code sh -c SHELL wirewatch-hook} for a
 * {@code shell} hook. The command line is the user's own text only; event text reaches the hook through its
 * environment and standard input, never through this list, so no title can become shell syntax.
 */
final class HookCommand {
    /** What a {@code shell} hook sees as {@code $0}, so its error messages name wirewatch rather than "sh". */
    static final String SHELL_NAME = "wirewatch-hook";

    private HookCommand() {
    }

    static List<String> argv(AlertSpec spec) {
        String shell = spec.shell();
        if (shell == null) {
            return spec.run();
        }
        return List.of("sh", "-c", shell, SHELL_NAME);
    }

    /** A short name for logs and messages: the program of a {@code run} hook, or {@code sh -c} for a shell one. */
    static String label(AlertSpec spec) {
        String program = spec.shell() == null ? spec.run().get(0) : "sh -c";
        return "hook '" + spec.name() + "' (" + program + ")";
    }
}
