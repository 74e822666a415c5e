package wirewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wirewatch store}: look after the store file. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Look after the store: check it for damage, or copy what is readable into a new store.",
        subcommands = {StoreCheckCommand.class, StoreRecoverCommand.class})
final class StoreCommand {
    @ParentCommand
    WirewatchCommand root;
}
