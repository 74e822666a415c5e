package wirewatch.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import wirewatch.config.ConfigException;
import wirewatch.feed.TerminalText;
import wirewatch.tui.Dashboard;

/** Builds the picocli command line with wirewatch's error handling: one line on stderr, details in the log. */
final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private Cli() {
    }

    static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * The command line for these arguments on the standard streams, with only the command they name when they name
     * one ({@link Commands}): what a start pays for.
     */
    static CommandLine commandLineFor(List<String> args) {
        return commandLineFor(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** As {@link #commandLineFor(List)}, writing to {@code out} and {@code err}. */
    static CommandLine commandLineFor(List<String> args, PrintWriter out, PrintWriter err) {
        CommandLine line = root(new WirewatchCommand(), System.in, Dashboard::openTerminal);
        Commands.addTo(line, args);
        return configured(line, out, err);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err);
    }

    /** The command line reading {@code -} arguments from {@code in}. */
    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        return commandLine(in, out, err, Dashboard::openTerminal);
    }

    /** The command line reading {@code -} arguments from {@code in}, its dashboard drawing on {@code terminals}. */
    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err,
                                   DashboardLauncher.Terminals terminals) {
        return configured(root(new WirewatchTree(), in, terminals), out, err);
    }

    /** The command line of this root command, reading {@code -} from {@code in}. */
    private static CommandLine root(WirewatchCommand root, InputStream in, DashboardLauncher.Terminals terminals) {
        root.stdin = in;
        root.terminals = terminals;
        return new CommandLine(root);
    }

    /**
     * Gives the command line and every command under it wirewatch's streams and error handling: one line on stderr,
     * details in the log. After the commands are added, since picocli passes settings only to those present.
     */
    private static CommandLine configured(CommandLine line, PrintWriter out, PrintWriter err) {
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(new BadUsage());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("wirewatch: " + TerminalText.strip(message(e)));
            if (e instanceof ConfigException || e instanceof UsageException) {
                // The user's mistake, said in full on stderr; the log may not be open yet, so no trace goes there.
                LOG.log(System.Logger.Level.DEBUG, "bad usage: {0}", message(e));
                return ExitCode.USAGE;
            }
            LOG.log(System.Logger.Level.ERROR, "command failed", e);
            return ExitCode.SOFTWARE;
        });
        return line;
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }
}
