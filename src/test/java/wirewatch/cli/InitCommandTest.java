package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch init}: a starter config that {@code check} accepts, and never one written over another. */
class InitCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** Runs wirewatch in its own JVM, in an empty folder, with XDG_CONFIG_HOME pointing into the test's folder. */
    private int wirewatch(String... command) throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "wirewatch.cli.Main"));
        argv.addAll(List.of(command));
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder builder = new ProcessBuilder(argv).directory(work.toFile())
                .redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("WIREWATCH_RELAUNCH", "0");
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "wirewatch " + String.join(" ", command) + " hung");
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void initWritesAStarterThatCheckFindsAndAccepts() throws Exception {
        assertEquals(0, wirewatch("init"), Files.readString(dir.resolve("err.log")));
        Path written = dir.resolve("config/wirewatch/feeds.yml");
        assertTrue(Files.readString(dir.resolve("out.log")).startsWith("wrote " + written), Files.readString(
                dir.resolve("out.log")));
        assertTrue(Files.readString(written).startsWith("# wirewatch configuration"));
        assertEquals(0, wirewatch("check"), Files.readString(dir.resolve("err.log")));
        assertTrue(Files.readString(dir.resolve("out.log")).contains("config " + written + ": ok"),
                Files.readString(dir.resolve("out.log")));
    }

    @Test
    void initRefusesAnExistingConfigAndLeavesItAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.yml"), "feeds: []  # mine\n");
        assertEquals(1, run("init", "--config", file.toString()));
        assertEquals("wirewatch: " + file + " already exists and was left as it is; edit it, or move it away to "
                + "start afresh\n", err.toString());
        assertEquals("feeds: []  # mine\n", Files.readString(file));
    }

    @Test
    void initWritesToTheConfigOptionCreatingItsFolder() throws Exception {
        Path file = dir.resolve("new/feeds.yml");
        assertEquals(0, run("init", "--config", file.toString()));
        assertEquals(0, run("check", "--config", file.toString(), "--db", dir.resolve("w.db").toString()));
        assertTrue(out.toString().contains("ceasefire-talks"), out.toString());
    }
}
