package wirewatch.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a hook with everything it started. The descendants are listed before anything is signalled, because once
 * the hook itself dies its children are re-parented and no longer found through it; then each gets TERM, and what
 * is still alive after a grace period gets KILL.
 */
final class ProcessTree {
    private ProcessTree() {
    }

    /** TERM to the descendants and the process, KILL to survivors after {@code grace}; returns when it is dead. */
    static void terminate(Process process, Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = snapshot(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        List<CompletableFuture<ProcessHandle>> exits = new ArrayList<>();
        tree.forEach(handle -> exits.add(handle.onExit()));
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new))
                    .get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill(tree);
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for a process to exit failed", e);
        }
        process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** KILL to the descendants and the process at once: for shutting down, when there is no time for grace. */
    static void kill(Process process) {
        kill(snapshot(process.toHandle()));
    }

    /** Survivors and anything they started since the first list, then KILL to all, parents first. */
    private static void kill(List<ProcessHandle> tree) {
        List<ProcessHandle> survivors = new ArrayList<>();
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                if (!survivors.contains(handle)) {
                    survivors.add(handle);
                }
                handle.descendants().filter(h -> !survivors.contains(h)).forEach(survivors::add);
            }
        }
        survivors.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * The process first, then its descendants, all listed before any is signalled. Parents go first: a shell whose
     * child dies first would go on to its next line (and report the work done) before its own signal arrived.
     */
    private static List<ProcessHandle> snapshot(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        tree.addAll(root.descendants().toList());
        return tree;
    }
}
