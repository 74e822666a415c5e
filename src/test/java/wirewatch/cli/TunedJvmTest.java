package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.store.SqliteStore;

/** When a bare {@code java -jar} starts a tuned JVM, and how the two behave as one process: real JVMs. */
class TunedJvmTest {
    private static final String JAVA = "/jdk/bin/java";
    private static final List<String> TAIL = List.of("tail", "--once");

    @TempDir
    Path dir;

    private static Optional<List<String>> command(List<String> jvm, List<String> args, Map<String, String> env) {
        return TunedJvm.command(jvm, args, JAVA, "w.jar", env, 42, List.of("-Xmx300m"));
    }

    @Test
    void aBareJarIsRelaunchedWithTheTuningAndTheSameArguments() {
        List<String> expected = new ArrayList<>(List.of(JAVA));
        expected.addAll(TunedJvm.OPTIONS.stream().filter(o -> !o.startsWith("-Xm")).toList());
        expected.addAll(List.of("-Xmx512m", "-Dfoo=bar", "-Dwirewatch.parent=42", "-cp", "w.jar",
                "wirewatch.cli.Main", "tail", "--once"));
        assertEquals(Optional.of(expected),
                command(List.of("-Xmx512m", "-Dfoo=bar", "-jar", "w.jar", "tail", "--once"), TAIL, Map.of()));
        assertTrue(command(List.of("-cp", "w.jar", "wirewatch.cli.Main", "tail"), TAIL, Map.of()).isPresent());
    }

    @Test
    void aJvmGivenItsOwnTuningRunsAsItIs() {
        for (String option : List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-agentlib:jdwp=transport=dt_socket",
                "-javaagent:x.jar", "-Xint", "--add-opens=java.base/java.lang=ALL-UNNAMED")) {
            assertEquals(Optional.empty(), command(List.of(option, "-jar", "w.jar", "tail"), TAIL, Map.of()), option);
        }
        assertEquals(Optional.empty(),
                command(List.of("-jar", "w.jar"), TAIL, Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseZGC")));
        assertEquals(Optional.empty(), command(List.of("-jar", "w.jar"), TAIL, Map.of("WIREWATCH_RELAUNCH", "0")));
        assertEquals(Optional.empty(), command(List.of("-cp", "w.jar", "other.Main"), TAIL, Map.of()));
    }

    @Test
    void theTunedJvmSizesItsHeapUnlessTheCallerBoundsIt() {
        List<String> ours = command(List.of("-jar", "w.jar", "tail"), TAIL, Map.of()).orElseThrow();
        assertTrue(ours.containsAll(TunedJvm.OPTIONS) && ours.contains("-Xmx300m"), ours.toString());
        List<String> theirs = command(List.of("-Xmx64m", "-jar", "w.jar", "tail"), TAIL, Map.of()).orElseThrow();
        assertEquals(List.of("-Xmx64m"), theirs.stream().filter(o -> o.startsWith("-Xm")).toList());
    }

    @Test
    void theHeapBoundFollowsTheMachineWithinLimits() {
        assertEquals(List.of("-Xmx256m"), TunedJvm.heap(512L << 20));
        assertEquals(List.of("-Xmx512m"), TunedJvm.heap(2L << 30));
        assertEquals(List.of("-Xmx1024m"), TunedJvm.heap(64L << 30));
    }

    @Test
    void jvmOptionsAreWrittenOnlyInTheirFile() throws Exception {
        assertTrue(TunedJvm.OPTIONS.contains("-XX:+UseParallelGC"), TunedJvm.OPTIONS.toString());
        // The launcher script and the build start wirewatch through the tuned JVM, so they name no tuning of their own.
        for (String file : List.of("bin/wirewatch", "pom.xml")) {
            String text = Files.readString(Path.of(file));
            for (String line : text.lines().filter(l -> !l.strip().startsWith("#")).toList()) {
                assertFalse(line.matches(".*(-XX:|-Xm[sx]|-Xmn).*"), file + " sets a JVM option: " + line);
            }
        }
    }

    @Test
    void benchmarksRunInTheTunedJvmAsTheCommandsTheyMeasureDo() {
        List<String> argv = command(List.of("-jar", "w.jar"), List.of("bench", "match"), Map.of()).orElseThrow();
        assertTrue(argv.containsAll(TunedJvm.OPTIONS), argv.toString());
    }

    @Test
    void theTunedJvmGivesItsOutputAndExitCode() throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds:\n  - name: a\n    urll: http://127.0.0.1:9/\n");
        Process process = start("check", "--config", config.toString(), "--db", dir.resolve("w.db").toString());
        String err = new String(process.getErrorStream().readAllBytes());
        assertEquals(2, process.waitFor());
        assertTrue(err.contains("urll"), err);
    }

    @Test
    void theTunedJvmStopsWithTheOneThatStartedIt() throws Exception {
        for (boolean forcibly : new boolean[] {false, true}) {
            Process process = start("tail", "--config", config().toString(), "--db",
                    dir.resolve(forcibly + ".db").toString());
            try {
                stopsWithParent(process, forcibly);
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aRestartRightAfterKillingTheLauncherWritesTheStore() throws Exception {
        Path db = dir.resolve("restart.db");
        Process process = start("tail", "--config", config().toString(), "--db", db.toString());
        try {
            ProcessHandle tuned = tunedChild(process);
            // The kernel's table of locks shows the tuned JVM's own lock byte (at 2^62) once it holds a store it
            // has finished creating; while SQLite first reads a new file, the byte is briefly let go.
            String held = " WRITE " + tuned.pid() + " ";
            String lockByte = " " + (1L << 62) + " ";
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(db) && Files.size(db) > 0
                    && Files.readAllLines(Path.of("/proc/locks")).stream()
                            .anyMatch(line -> line.contains(held) && line.contains(lockByte)));

            process.destroyForcibly().waitFor();

            try (SqliteStore restarted = SqliteStore.openShared(db)) {
                assertTrue(restarted.isWritable());
            }
            // Generous next to the tenth of a second it takes; before, the orphan lived on for up to 5 s.
            await().atMost(Duration.ofSeconds(3)).until(() -> hasExited(tuned));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static ProcessHandle tunedChild(Process process) throws Exception {
        ProcessHandle child = await().atMost(Duration.ofSeconds(30))
                .until(() -> process.children().findFirst(), Optional::isPresent).orElseThrow();
        // For a moment the child is the JDK's spawn helper, which then becomes the tuned JVM.
        await().atMost(Duration.ofSeconds(30)).until(() -> arguments(child).containsAll(TunedJvm.OPTIONS));
        return child;
    }

    private static void stopsWithParent(Process process, boolean forcibly) throws Exception {
        ProcessHandle child = tunedChild(process);
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !child.isAlive());
        assertFalse(process.isAlive() && process.waitFor() == 0);
    }

    /** Gone, or a zombie: an orphan's exit status waits for whoever adopted it, which may take its time. */
    private static boolean hasExited(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException e) {
            return !process.isAlive();
        }
    }

    private static List<String> arguments(ProcessHandle process) throws Exception {
        return List.of(Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline")).split("\0"));
    }

    private Path config() throws Exception {
        return Files.writeString(dir.resolve("tail.yml"),
                "feeds:\n  - name: a\n    url: http://127.0.0.1:9/feed.xml\n    every: 1h\n"
                        + "watches:\n  - name: w\n    query: ceasefire\n");
    }

    private Process start(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().remove("WIREWATCH_RELAUNCH");
        return builder.start();
    }
}
