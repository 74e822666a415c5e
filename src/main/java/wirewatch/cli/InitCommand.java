package wirewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.StatePaths;

/** {@code wirewatch init}: writes a commented starter config, never over an existing one. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a commented starter config, two feeds and one watch, to "
                + "$XDG_CONFIG_HOME/wirewatch/feeds.yml (~/.config/wirewatch/feeds.yml), or to --config FILE. "
                + "An existing file is left as it is, with exit code 1."})
final class InitCommand implements Callable<Integer> {
    private static final String STARTER = "starter-feeds.yml";

    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path file = root.config != null ? root.config
                : StatePaths.userConfig(System.getenv(), Path.of(System.getProperty("user.home")));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try {
            // CREATE_NEW: the check and the write are one step, so an existing config is never overwritten.
            Files.write(file, starter(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("wirewatch: " + file + " already exists and was left as it is; edit "
                    + "it, or move it away to start afresh");
            return ExitCode.SOFTWARE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + file + ": two feeds and one watch to start from; edit it, then run 'wirewatch "
                + "check'");
        out.flush();
        return ExitCode.OK;
    }

    private static byte[] starter() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("the starter config " + STARTER + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
