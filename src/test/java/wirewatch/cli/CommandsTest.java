package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line built for the one command named behaves as the whole tree does. */
class CommandsTest {
    private final CommandSpec root = new CommandLine(new WirewatchCommand()).getCommandSpec();

    @Test
    void everyCommandOfTheTreeIsKnownByItsName() {
        assertEquals(Cli.commandLine().getSubcommands().keySet(), Commands.ALL.keySet());
    }

    @Test
    void theCommandIsFoundAfterTheRootsOptionsAndTheirValues() {
        assertEquals(Set.of("tail"), Commands.needed(root, List.of("tail", "--once")));
        assertEquals(Set.of("tail"), Commands.needed(root, List.of("--config", "tail", "tail")));
        assertEquals(Set.of("check"), Commands.needed(root, List.of("--db=x.db", "-v", "check")));
        assertEquals(Set.of("store"), Commands.needed(root, List.of("--db", "postgresql://u@h:5432/d", "store",
                "recover")));
    }

    @Test
    void theDashboardAndTheVersionNeedNoCommand() {
        assertEquals(Set.of(), Commands.needed(root, List.of()));
        assertEquals(Set.of(), Commands.needed(root, List.of("--config", "feeds.yml", "-v")));
        assertEquals(Set.of(), Commands.needed(root, List.of("--version")));
    }

    @Test
    void helpAnUnknownWordOrAnUnknownOptionFirstNeedEveryCommand() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help", "tail"),
                List.of("completion", "bash"), List.of("tial", "--once"), List.of("--once", "tail"),
                List.of("--", "tail"))) {
            assertEquals(Commands.ALL.keySet(), Commands.needed(root, args), args.toString());
        }
    }

    @Test
    void eachCommandsHelpIsTheSameFromItsOwnLineAsFromTheWholeTree() {
        for (String name : Commands.ALL.keySet()) {
            List<String> args = List.of("--config", "feeds.yml", name, "--help");
            assertEquals(runWhole(args), runLazily(args), name);
        }
    }

    @Test
    void misspeltCommandsAndTheRootsHelpStillSeeEveryCommand() {
        for (List<String> args : List.of(List.of("tial"), List.of("--help"), List.of("help", "tail"),
                List.of("bench", "statement"), List.of("--version"), List.of("--config"))) {
            assertEquals(runWhole(args), runLazily(args), args.toString());
        }
        assertTrue(runLazily(List.of("tial")).contains("tail"), "suggests tail");
    }

    private static String runLazily(List<String> args) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        int code = Cli.commandLineFor(args, writer, writer).execute(args.toArray(String[]::new));
        return code + "\n" + text;
    }

    private static String runWhole(List<String> args) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        int code = Cli.commandLine(writer, writer).execute(args.toArray(String[]::new));
        return code + "\n" + text;
    }
}
