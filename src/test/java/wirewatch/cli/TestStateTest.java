package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wirewatch.app.StatePaths;

/**
 * The tests run commands in-process, which log stack traces on purpose: the build must point the state folder at
 * its own (pom.xml, surefire's environment), never at the user's real log and store.
 */
class TestStateTest {
    @Test
    void commandsUnderTestLogInsideTheBuildFolderNotTheUsersHome() {
        WirewatchCommand root = new WirewatchCommand();
        new CommandLine(root); // injects the command's spec, which Setup asks for its error stream
        StatePaths paths = Setup.of(root).paths();
        Path build = Path.of("target").toAbsolutePath();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path log = paths.log().toAbsolutePath();
        assertTrue(log.startsWith(build) || log.startsWith(tmp), "tests log to " + log);
        assertFalse(log.startsWith(Path.of(System.getProperty("user.home")).resolve(".local")), "tests log to " + log);
        assertTrue(paths.store().toAbsolutePath().startsWith(log.getParent()), "default store " + paths.store());
    }
}
