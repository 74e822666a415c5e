package wirewatch.alert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a hook with everything it started. Each run of a hook carries a unique mark in its environment
 * ({@link #MARK}), which every process it starts inherits; on Linux the processes that carry it are found in
 * {@code /proc/PID/environ}, so a child that left the tree (double fork, {@code setsid}, {@code nohup ... &}) is
 * ended too. What escapes is a process that cleared its environment ({@code env -i}), that runs as another user, or
 * that was started on its behalf by a daemon (systemd, at); elsewhere than Linux only the tree is found.
 *
 * <p>The processes are listed before anything is signalled, because once the hook itself dies its children are
 * re-parented and no longer found through it; then each gets TERM, what is still alive after a grace period gets
 * KILL, and marked processes started meanwhile get KILL until none is left.
 */
final class ProcessTree {
    /** The variable that marks the processes of one hook run. */
    static final String MARK = "WIREWATCH_HOOK_RUN";
    /** Sweeps for marked processes after KILL: a hook that forks in a loop gets a few rounds, not forever. */
    private static final int SWEEPS = 5;

    private ProcessTree() {
    }

    /** TERM to the run's processes, KILL to survivors after {@code grace}; returns when they are dead. */
    static void terminate(Process process, String mark, Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = snapshot(process.toHandle(), mark);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, grace)) {
            killAll(tree);
        }
        for (int i = 0; i < SWEEPS; i++) {
            List<ProcessHandle> found = killMarked(mark);
            if (found.isEmpty()) {
                break;
            }
            awaitExit(found, grace);
        }
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** KILL to the run's processes at once: for shutting down, when there is no time for grace. */
    static void kill(Process process, String mark) {
        killAll(snapshot(process.toHandle(), mark));
        for (int i = 0; i < SWEEPS; i++) {
            if (killMarked(mark).isEmpty()) {
                return;
            }
        }
    }

    /** The processes that carry {@code mark} in their environment, found through /proc; empty where there is none. */
    static List<ProcessHandle> marked(String mark) {
        byte[] entry = (MARK + "=" + mark).getBytes(StandardCharsets.UTF_8);
        return ProcessHandle.allProcesses().filter(handle -> carries(handle.pid(), entry)).toList();
    }

    /** Survivors and anything they started since the first list: KILL to all, parents first. */
    private static void killAll(List<ProcessHandle> tree) {
        Set<ProcessHandle> survivors = new LinkedHashSet<>();
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                survivors.add(handle);
                handle.descendants().forEach(survivors::add);
            }
        }
        survivors.forEach(ProcessHandle::destroyForcibly);
    }

    /** KILL to the marked processes still running; returns those it found. */
    private static List<ProcessHandle> killMarked(String mark) {
        List<ProcessHandle> found = marked(mark);
        found.forEach(ProcessHandle::destroyForcibly);
        return found;
    }

    /** Whether all of them exited within {@code wait}. */
    private static boolean awaitExit(List<ProcessHandle> processes, Duration wait) throws InterruptedException {
        List<CompletableFuture<ProcessHandle>> exits = new ArrayList<>();
        processes.forEach(handle -> exits.add(handle.onExit()));
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for a process to exit failed", e);
        }
    }

    /**
     * The process first, then its descendants, then marked processes outside the tree with theirs, all listed before
     * any is signalled. Parents go first: a shell whose child dies first would go on to its next line (and report
     * the work done) before its own signal arrived.
     */
    private static List<ProcessHandle> snapshot(ProcessHandle root, String mark) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        for (ProcessHandle handle : marked(mark)) {
            tree.add(handle);
            handle.descendants().forEach(tree::add);
        }
        return List.copyOf(tree);
    }

    /** Whether the environment of process {@code pid} has exactly this {@code NAME=value} entry. */
    private static boolean carries(long pid, byte[] entry) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
        } catch (IOException | SecurityException e) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= environ.length; i++) {
            if (i == environ.length || environ[i] == 0) {
                if (Arrays.equals(environ, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
