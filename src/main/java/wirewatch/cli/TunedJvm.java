package wirewatch.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Runs wirewatch in a JVM tuned for it when it was started with a bare {@code java -jar wirewatch.jar}: the options
 * of {@code jvm.options} (C1-only JIT, the parallel collector, a small initial heap), a heap bound chosen for the
 * machine ({@link #heap}) and a class-data archive that fits the jar ({@link ClassDataArchive}). On two cores a polling round is over before C2's code pays back, and C2's compiler
 * threads and G1's collector threads take the cores from fetching and parsing: a cold round of 500 feeds takes a
 * third less time and far less memory this way (docs/benchmarks.md).
 *
 * <p>The first JVM starts the tuned one with the same arguments, its own I/O (the terminal, pipes) and its exit code,
 * and waits; a signal that stops it (Ctrl-C, {@code kill}, {@code timeout}) is passed on and it waits for the tuned
 * JVM to finish. The tuned JVM stops within a tenth of a second when the first one is killed outright
 * ({@code kill -9}), as a single process would. Nothing is relaunched when the JVM was given options of its own
 * beyond system properties and memory sizes (the caller chose), or when {@code WIREWATCH_RELAUNCH=0}. {@code bench}
 * runs in the tuned JVM too, so it measures what the commands get: there the default JVM's G1 collector took matching
 * at 10,000 rules from about 4,000 articles/s to 1,300, and extraction from 2,100 to 900.
 */
final class TunedJvm {
    /** The options of the tuned JVM, from {@code jvm.options} beside this class: their one home. */
    static final List<String> OPTIONS = readOptions();
    /** Commands that do no work worth a class-data archive: one is not written on their account. */
    private static final List<String> NO_ARCHIVE = List.of("-h", "--help", "help", "-V", "--version", "completion");
    /** Set in the tuned JVM to the pid of the JVM that started it. */
    static final String PARENT = SqliteStore.TETHER;
    /** How often the tuned JVM checks that the JVM that started it is still there. */
    static final Duration PARENT_LOOK = Duration.ofMillis(100);
    private static final List<String> ENV_OPTIONS = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final List<String> KEPT = List.of("-D", "-Xmx", "-Xms", "-Xss");
    private static final List<String> HEAP = List.of("-Xmx", "-Xms", "-Xmn");

    private TunedJvm() {
    }

    /** Runs the tuned JVM and returns its exit code; empty when this JVM should run wirewatch itself. */
    static OptionalInt relaunch(String[] args) {
        if (System.getProperty(PARENT) != null) {
            return OptionalInt.empty();
        }
        String classPath = System.getProperty("java.class.path");
        Optional<ClassDataArchive> archive = archive(classPath == null ? "" : classPath, List.of(args));
        List<String> extra = new ArrayList<>(heap(physicalMemory()));
        if (archive.isPresent()) {
            extra.addAll(archive.get().options());
        }
        Optional<List<String>> jvm = jvmArguments();
        Optional<List<String>> command = jvm.isEmpty() ? Optional.empty() : command(jvm.get(), List.of(args),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), classPath, System.getenv(),
                ProcessHandle.current().pid(), extra);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new Stop(child), "stop-tuned-jvm"));
        while (true) {
            try {
                int code = child.waitFor();
                if (archive.isPresent()) {
                    archive.get().keep();
                }
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                // Only a shutdown interrupts the wait, and its hook stops the child.
            }
        }
    }

    /**
     * The class-data archive to use, or to write in this run when none fits the jar yet: into the folder the
     * {@value ClassDataArchive#FOLDER} property names, else the state folder's {@code class-data}.
     */
    private static Optional<ClassDataArchive> archive(String classPath, List<String> args) {
        String named = System.getProperty(ClassDataArchive.FOLDER);
        Path folder = named != null ? Path.of(named)
                : wirewatch.app.StatePaths.resolve(null, null, System.getenv(), Path.of(""),
                        Path.of(System.getProperty("user.home"))).store().resolveSibling("class-data");
        String jvm = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
        Optional<ClassDataArchive> archive = ClassDataArchive.of(classPath, jvm, OPTIONS, folder);
        if (archive.isEmpty() || archive.get().exists()) {
            return archive;
        }
        for (String arg : args) {
            if (NO_ARCHIVE.contains(arg)) {
                return Optional.empty();
            }
        }
        return archive.get().prepare() ? archive : Optional.empty();
    }

    /**
     * The heap bound for a machine with this much memory: the heap starts small ({@code jvm.options}) and may grow
     * to a quarter of the memory, between 256 MB and 1 GB. A round keeps little alive (a window of feeds, the rules,
     * the recent statements), so the bound is there for large rule sets, not for the feeds. A caller's own
     * {@code -Xmx} replaces it and the sizes of {@code jvm.options}.
     */
    static List<String> heap(long physicalBytes) {
        long mb = Math.max(256, Math.min(1024, physicalBytes / 4 / (1024 * 1024)));
        return List.of("-Xmx" + mb + "m");
    }

    /**
     * The machine's memory from {@code /proc/meminfo}, 0 when unknown (then the lower bound holds). Not through the
     * management beans, nor through NIO's readers: loading their classes costs the launcher more than the rest of
     * its work.
     */
    private static long physicalMemory() {
        try {
            for (String line : procFile("meminfo").split("\n")) {
                if (line.startsWith("MemTotal:")) {
                    // "MemTotal:       24683948 kB"
                    return Long.parseLong(line.substring("MemTotal:".length()).strip().split(" ")[0]) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** A file of {@code /proc/self} or {@code /proc}, as text. */
    private static String procFile(String name) throws IOException {
        try (FileInputStream in = new FileInputStream("/proc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> readOptions() {
        try (var in = TunedJvm.class.getResourceAsStream("jvm.options")) {
            if (in == null) {
                throw new IllegalStateException("jvm.options is missing from the jar beside " + TunedJvm.class);
            }
            List<String> options = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
            return List.copyOf(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jvm.options from the jar", e);
        }
    }

    /**
     * The command that starts the tuned JVM, or empty when it should not be started. {@code jvm} is this JVM's
     * command line after the executable, {@code args} wirewatch's arguments.
     */
    static Optional<List<String>> command(List<String> jvm, List<String> args, String java, String classPath,
                                          Map<String, String> env, long pid, List<String> extra) {
        if ("0".equals(env.get("WIREWATCH_RELAUNCH")) || classPath == null
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
        // A heap bound of the caller's own takes the sizes with it: ours might not fit under it.
        boolean ownHeap = startsWithAny(kept.get(), List.of("-Xmx"));
        for (String option : concat(OPTIONS, extra)) {
            if (!(ownHeap && startsWithAny(List.of(option), HEAP))) {
                command.add(option);
            }
        }
        command.addAll(kept.get());
        command.addAll(List.of("-D" + PARENT + "=" + pid, "-cp", classPath, Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * True when one of the options starts with one of the prefixes. The launcher uses loops, not lambdas or streams:
     * their first use spins classes at run time, a cost every start would pay before the tuned JVM even begins.
     */
    private static boolean startsWithAny(List<String> options, List<String> prefixes) {
        for (String option : options) {
            for (String prefix : prefixes) {
                if (option.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
            if (!startsWithAny(List.of(option), KEPT)) {
                return Optional.empty();
            }
            kept.add(option);
        }
        return Optional.empty();
    }

    /** This JVM's command line after the executable: from /proc, as the JDK's own view truncates long class paths. */
    private static Optional<List<String>> jvmArguments() {
        try {
            List<String> all = List.of(procFile("self/cmdline").split("\0"));
            return all.size() < 2 ? Optional.empty() : Optional.of(all.subList(1, all.size()));
        } catch (IOException e) {
            Optional<String[]> arguments = ProcessHandle.current().info().arguments();
            return arguments.isPresent() ? Optional.of(List.of(arguments.get())) : Optional.empty();
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

    /** Stops the tuned JVM when the first one is stopped: politely, then at once after 30 s. */
    private static final class Stop implements Runnable {
        private final Process child;

        Stop(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
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
}
