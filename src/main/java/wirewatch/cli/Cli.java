package wirewatch.cli;

import java.io.InputStream;
import java.io.PrintWriter;
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
        WirewatchCommand root = new WirewatchCommand();
        root.stdin = in;
        root.terminals = terminals;
        CommandLine line = new CommandLine(root);
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
