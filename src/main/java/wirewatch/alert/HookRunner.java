package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import wirewatch.config.AlertSpec;

/**
 * Runs one hook for one event and reports how it ended. The event's JSON line is the hook's standard input (a
 * private spool file, unlinked as soon as the hook has it open, so a hook that never reads it cannot block us);
 * the {@code WIREWATCH_*} variables are added to the environment wirewatch runs in. Output and errors share one
 * pipe, which is read while the hook runs without ever blocking on it and kept only as its last
 * {@link #TAIL_BYTES}: a flood costs a bounded amount of memory, and output that children left running after the
 * hook exited is not waited for. A hook still running at its timeout is ended with every process it started, found
 * through its tree and through a mark unique to the run in their environment ({@link ProcessTree}). If the
 * calling thread is interrupted (shutdown), the tree is killed at once and the interrupt is passed on. Thread-safe.
 */
final class HookRunner {
    static final int TAIL_BYTES = 8 * 1024;
    /** A pipe's capacity on Linux: one read can empty it. */
    private static final int READ_BYTES = 64 * 1024;
    /** The longest pause between looks at a silent hook; exit is noticed at once, this only paces idle reading. */
    private static final long MAX_PAUSE_MILLIS = 32;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(1);

    private final Path spool;
    private final Duration grace;

    /** {@code spool}: the folder for stdin files; {@code grace}: between TERM and KILL on timeout. */
    HookRunner(Path spool, Duration grace) {
        this.spool = requireNonNull(spool, "spool");
        this.grace = requireNonNull(grace, "grace");
    }

    HookOutcome run(AlertSpec spec, HookInput input) throws InterruptedException {
        long started = System.nanoTime();
        Process process;
        String mark = UUID.randomUUID().toString();
        try {
            process = start(spec, input, mark);
        } catch (IOException e) {
            return HookOutcome.notStarted(String.valueOf(e.getMessage()), since(started));
        }
        OutputTail tail = new OutputTail(TAIL_BYTES);
        try (InputStream output = process.getInputStream()) {
            boolean exited = follow(process, output, tail, started + spec.timeout().toNanos());
            if (!exited) {
                ProcessTree.terminate(process, mark, grace);
                tail.readAvailable(output, new byte[READ_BYTES]);
                return HookOutcome.killedAfterTimeout(tail, since(started));
            }
            return HookOutcome.exited(process.exitValue(), tail, since(started));
        } catch (IOException e) {
            ProcessTree.kill(process, mark);
            return HookOutcome.broken("reading its output failed, killed: " + e.getMessage(), tail, since(started));
        } catch (InterruptedException e) {
            killOnShutdown(process, mark);
            throw e;
        }
    }

    private Process start(AlertSpec spec, HookInput input, String mark) throws IOException {
        Files.createDirectories(spool);
        Path stdin = Files.createTempFile(spool, "wirewatch-event-", ".json");
        try {
            Files.writeString(stdin, input.stdin(), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(HookCommand.argv(spec))
                    .redirectInput(stdin.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(input.environment());
            builder.environment().put(ProcessTree.MARK, mark);
            return builder.start();
        } finally {
            Files.deleteIfExists(stdin);
        }
    }

    /**
     * Reads output as it comes until the hook exits ({@code true}) or the deadline passes ({@code false}). The
     * pause between looks starts at a millisecond while output flows (a full pipe stalls the hook) and grows while
     * the hook is silent; an exit ends any pause at once.
     */
    private static boolean follow(Process process, InputStream output, OutputTail tail, long deadline)
            throws IOException, InterruptedException {
        byte[] buffer = new byte[READ_BYTES];
        long pause = 1;
        while (true) {
            pause = tail.readAvailable(output, buffer) > 0 ? 1 : Math.min(pause * 2, MAX_PAUSE_MILLIS);
            if (!process.isAlive()) {
                tail.readAvailable(output, buffer);
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            process.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, pause), TimeUnit.MILLISECONDS);
        }
    }

    /** KILL at once, then a short wait with the interrupt set aside, so that close() leaves no hook behind. */
    private static void killOnShutdown(Process process, String mark) {
        ProcessTree.kill(process, mark);
        boolean interrupted = Thread.interrupted();
        try {
            process.waitFor(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
