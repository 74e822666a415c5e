package wirewatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * The right to write a store file, held as an OS file lock on {@code FILE.lock}. The operating system drops the
 * lock when the process dies, so a lock left by a killed process never blocks a restart.
 */
final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, waiting up to {@code patience} for another process to let it go; empty when it does not. */
    static Optional<StoreLock> acquire(Path store, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<StoreLock> lock = tryAcquire(store);
            if (lock.isPresent() || System.nanoTime() - deadline >= 0) {
                return lock;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The lock, or empty when another live process holds it. */
    static Optional<StoreLock> tryAcquire(Path store) {
        Path path = store.resolveSibling(store.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new StoreLock(channel, lock));
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
