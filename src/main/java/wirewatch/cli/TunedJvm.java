package wirewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import wirewatch.store.SqliteStore;

/**
 * Runs wirewatch in a JVM tuned for it when it was started with a bare {@code java -jar wirewatch.jar}: C1-only JIT
 * and the serial collector. On two cores a polling round is over before C2's code pays back, and C2's compiler
 * threads and G1's collector threads take the cores from fetching and parsing: a cold round of 500 feeds takes a
 * third less time and far less memory this way (docs/benchmarks.md). It also uses the class-data archive the build
 * leaves beside the jar, which spares each start loading and verifying the same few thousand classes.
 *
 * <p>The first JVM starts the tuned one with the same arguments, its own I/O (the terminal, pipes) and its exit code,
 * and waits; a signal that stops it (Ctrl-C, {@code kill}, {@code timeout}) is passed on and it waits for the tuned
 * JVM to finish. The tuned JVM stops within a tenth of a second when the first one is killed outright
 * ({@code kill -9}), as a single process would. Nothing is relaunched when the JVM was given options of its own
 * beyond system properties and memory sizes (the caller chose), for {@code bench} (it measures steady-state speed,
 * which C2 gives), or when {@code WIREWATCH_RELAUNCH=0}.
 */
final class TunedJvm {
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Set in the tuned JVM to the pid of the JVM that started it. */
    static final String PARENT = SqliteStore.TETHER;
    /** How often the tuned JVM checks that the JVM that started it is still there. */
    static final Duration PARENT_LOOK = Duration.ofMillis(100);
    private static final List<String> ENV_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final List<String> KEPT = List.of("-D", "-Xmx", "-Xms", "-Xss");

    private TunedJvm() {
    }

    /** Runs the tuned JVM and returns its exit code; empty when this JVM should run wirewatch itself. */
    static OptionalInt relaunch(String[] args) {
        if (System.getProperty(PARENT) != null) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = jvmArguments().flatMap(jvm -> command(jvm, List.of(args),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), System.getenv(), ProcessHandle.current().pid()));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop-tuned-jvm"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // Only a shutdown interrupts the wait, and its hook stops the child.
            }
        }
    }

    /**
     * The command that starts the tuned JVM, or empty when it should not be started. {@code jvm} is this JVM's
     * command line after the executable, {@code args} wirewatch's arguments.
     */
    static Optional<List<String>> command(List<String> jvm, List<String> args, String java, String classPath,
                                          Map<String, String> env, long pid) {
        if ("0".equals(env.get("WIREWATCH_RELAUNCH")) || args.contains("bench") || classPath == null
                || classPath.isEmpty()) {
            return Optional.empty();
        }
        for (String name : ENV_OPTIONS) {
            String value = env.getOrDefault(name, "");
            if (value.contains("-XX:") || value.contains("agent")) {
                return Optional.empty();
            }
        }
        Optional<List<String>> kept = keptOptions(jvm);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(OPTIONS);
        archive(classPath).ifPresent(jsa -> command.addAll(List.of("-XX:SharedArchiveFile=" + jsa,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
        command.addAll(kept.get());
        command.addAll(List.of("-D" + PARENT + "=" + pid, "-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The class-data archive the build leaves beside the jar ({@code wirewatch.jsa} for {@code wirewatch.jar}), if
     * there is one. A JVM that cannot use it (another version, a rebuilt jar) ignores it, silently with these options.
     */
    static Optional<String> archive(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        String jsa = classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa";
        return Files.isRegularFile(Path.of(jsa)) ? Optional.of(jsa) : Optional.empty();
    }

    /** The JVM options to pass on: empty when there is one the tuned JVM must not override or cannot repeat. */
    private static Optional<List<String>> keptOptions(List<String> jvm) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < jvm.size(); i++) {
            String option = jvm.get(i);
            if (option.equals("-jar")) {
                return Optional.of(kept);
            }
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path")) {
                i++;
                continue;
            }
            if (!option.startsWith("-")) {
                return option.equals(Main.class.getName()) ? Optional.of(kept) : Optional.empty();
            }
            if (KEPT.stream().noneMatch(option::startsWith)) {
                return Optional.empty();
            }
            kept.add(option);
        }
        return Optional.empty();
    }

    /** This JVM's command line after the executable: from /proc, as the JDK's own view truncates long class paths. */
    private static Optional<List<String>> jvmArguments() {
        try {
            String cmdline = Files.readString(Path.of("/proc/self/cmdline"), StandardCharsets.UTF_8);
            List<String> all = List.of(cmdline.split("\0"));
            return all.size() < 2 ? Optional.empty() : Optional.of(all.subList(1, all.size()));
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            return ProcessHandle.current().info().arguments().map(List::of);
        }
    }

    /**
     * In the tuned JVM: stops it at once when the JVM that started it dies without passing a signal on. The kernel
     * re-parents an orphan at the moment its parent dies, so looking at our own parent every {@link #PARENT_LOOK}
     * notices within that time. The JDK's {@code onExit} cannot be used: for a process that is not its child it
     * polls at a growing interval of up to 5 s, and the orphan would hold the store's lock that long.
     */
    static void watchParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(parent);
        } catch (NumberFormatException e) {
            return;
        }
        Runnable look = () -> {
            if (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != pid) {
                Runtime.getRuntime().halt(137);
            }
        };
        look.run();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "watch-parent");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleAtFixedRate(look, PARENT_LOOK.toMillis(), PARENT_LOOK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }
}
