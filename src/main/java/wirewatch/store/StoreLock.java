package wirewatch.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The right to write a store file, held as an OS file lock on {@code FILE.lock}. The operating system drops the
 * lock when the process dies, so a lock left by a killed process never blocks a restart. The lock file names its
 * holder: its pid and, when it runs tethered to a launcher (see {@link SqliteStore#TETHER}), the launcher's pid, so
 * that another process can tell a holder on its way out from one that is working.
 */
final class StoreLock implements AutoCloseable {
    /**
     * How long a lock is waited for while its holder is leaving: a tethered process whose launcher is gone stops
     * within a fraction of a second, so this is only reached by a machine under heavy load.
     */
    static final Duration LEAVING_PATIENCE = Duration.ofSeconds(5);
    private static final long PAUSE_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock, waiting up to {@code patience} for another process to let it go, and up to
     * {@link #LEAVING_PATIENCE} while that process is leaving; empty when it does not let go.
     */
    static Optional<StoreLock> acquire(Path store, Duration patience) {
        long start = System.nanoTime();
        while (true) {
            Optional<StoreLock> lock = tryAcquire(store);
            long waited = System.nanoTime() - start;
            if (lock.isPresent() || waited >= patience.toNanos()
                    && (waited >= LEAVING_PATIENCE.toNanos() || !holderIsLeaving(lockFile(store)))) {
                return lock;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * Whether the lock's holder is tethered to a launcher that is gone: it is stopping, and the lock goes with it.
     * A holder without a tether, or one this process cannot see (another PID namespace), is taken to be working.
     */
    static boolean holderIsLeaving(Path lockFile) {
        try {
            String[] holder = Files.readString(lockFile, StandardCharsets.US_ASCII).strip().split(" ");
            if (holder.length < 2) {
                return false;
            }
            long tether = Long.parseLong(holder[1]);
            return ProcessHandle.of(Long.parseLong(holder[0]))
                    .map(process -> process.isAlive()
                            && process.parent().map(ProcessHandle::pid).orElse(-1L) != tether)
                    .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    static Path lockFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".lock");
    }

    /** The lock, or empty when another live process holds it. */
    static Optional<StoreLock> tryAcquire(Path store) {
        Path path = lockFile(store);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            StoreLock held = new StoreLock(channel, lock);
            held.nameHolder();
            return Optional.of(held);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            throw new StoreException(store + " cannot be written (read-only folder: " + path.getParent()
                    + "); fix its permissions or pass --db FILE", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(store + ": cannot lock " + path + ": " + e.getMessage()
                    + "; check the folder or pass --db FILE", e);
        }
    }

    /** Writes this process's pid and its tether, if any, into the lock file; a lock without them still holds. */
    private void nameHolder() {
        String tether = System.getProperty(SqliteStore.TETHER);
        String holder = ProcessHandle.current().pid() + (tether == null ? "" : " " + tether) + "\n";
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException e) {
            System.getLogger(StoreLock.class.getName()).log(System.Logger.Level.WARNING,
                    "naming the holder of the store lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one the user sees.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            System.getLogger(StoreLock.class.getName()).log(System.Logger.Level.WARNING, "releasing store lock", e);
        }
    }
}
