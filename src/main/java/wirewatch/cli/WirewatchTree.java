package wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * {@code wirewatch} with every command under it, in the order help lists them: the one home of that list, read by
 * usage, suggestions, completion and the man pages. {@link Commands} reads it to build a command line with only the
 * command the arguments name.
 */
@Command(subcommands = {TailCommand.class, CheckCommand.class, BacktestCommand.class, StatementsCommand.class,
        ExtractCommand.class, StoreCommand.class, DemoCommand.class, HooksCommand.class, BenchCommand.class,
        InitCommand.class, OpmlCommand.class, CompletionCommand.class, HelpCommand.class})
final class WirewatchTree extends WirewatchCommand {
}
