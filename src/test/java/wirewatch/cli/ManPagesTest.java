package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The build writes a man page for every command (pom.xml, execution man-pages), so none is missing or stale. */
class ManPagesTest {
    private static final Path MAN = Path.of("target", "man");

    @Test
    void everyCommandHasAManPage() throws Exception {
        assumeTrue(Files.isDirectory(MAN), "no " + MAN + ": the man pages are made by the Maven build");
        check(Cli.commandLine());
    }

    private static void check(CommandLine command) throws Exception {
        String name = command.getCommandSpec().qualifiedName("-");
        Path page = MAN.resolve(name + ".adoc");
        assertTrue(Files.isRegularFile(page), "no man page " + page);
        String text = Files.readString(page);
        assertTrue(text.contains("= " + name + "(1)"), page + ": " + text);
        for (String option : command.getCommandSpec().optionsMap().keySet()) {
            assertTrue(text.contains("*" + option + "*"), page + " lacks " + option);
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            check(sub);
        }
    }
}
