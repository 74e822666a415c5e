package wirewatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The right to write a store file, held as an OS lock on one byte of the database file itself, so every path to the
 * file (a symlink, a hard link, a bind mount) meets the same lock. The byte lies far past any page and apart from the
 * bytes SQLite locks (at 1 GiB), so it never stands in SQLite's way. The operating system drops the lock when the
 * process dies, so a lock left by a killed process never blocks a restart.
 *
 * <p>These are POSIX locks: closing any descriptor of the file in this process drops them. So this class never opens
 * the file while this process holds its lock (it keeps the files it holds by identity). SQLite keeps a descriptor
 * with a lock on it open while any of its connections to the file is open in WAL mode, and defers closing the others
 * till then, so a second handle of this process does not drop the lock; a new, empty file is the exception, and the
 * lock is taken again after opening it (see {@link #renew}).
 */
final class StoreLock implements AutoCloseable {
    private static final long POSITION = 1L << 62;
    /**
     * How long a lock is waited for while its holder is leaving: a tethered process whose launcher is gone stops
     * within a fraction of a second, so this is only reached by a machine under heavy load.
     */
    static final Duration LEAVING_PATIENCE = Duration.ofSeconds(5);
    private static final long PAUSE_MILLIS = 50;
    private static final Path PROC_LOCKS = Path.of("/proc/locks");
    /** The locks this process holds, by file identity (device and inode). */
    private static final Map<Object, StoreLock> HELD = new HashMap<>();

    private final Path file;
    private final Object identity;
    private final FileChannel channel;
    private FileLock lock;

    private StoreLock(Path file, Object identity, FileChannel channel, FileLock lock) {
        this.file = file;
        this.identity = identity;
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
                    && (waited >= LEAVING_PATIENCE.toNanos() || !holderIsLeaving(store))) {
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

    /** The lock, or empty when another process, or another handle of this one, holds it. Creates an absent file. */
    static Optional<StoreLock> tryAcquire(Path store) {
        try {
            if (!Files.exists(store)) {
                FileChannel.open(store, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            }
            synchronized (HELD) {
                Object identity = identity(store);
                if (HELD.containsKey(identity)) {
                    return Optional.empty();
                }
                FileChannel channel = FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                StoreLock held = new StoreLock(store, identity, channel, lock);
                HELD.put(identity, held);
                return Optional.of(held);
            }
        } catch (AccessDeniedException e) {
            throw new StoreException(store + " cannot be written (read-only file or folder); fix its permissions "
                    + "or pass --db FILE", e);
        } catch (IOException e) {
            throw new StoreException(store + ": cannot lock it: " + e.getMessage() + "; check the folder or pass "
                    + "--db FILE", e);
        }
    }

    /**
     * Whether the lock's holder runs tethered to a launcher (see {@link SqliteStore#TETHER}) that is gone: it is
     * stopping, and the lock goes with it. The holder is found in the kernel's table of locks, where a lock no one
     * holds any more means it has just gone; a holder this process cannot see (another PID namespace, no
     * {@code /proc}) or one without a tether is taken to be working.
     */
    static boolean holderIsLeaving(Path store) {
        try {
            Object inode = Files.getAttribute(store, "unix:ino");
            for (String line : Files.readAllLines(PROC_LOCKS)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 8 && f[1].equals("POSIX") && f[6].equals(Long.toString(POSITION))
                        && f[5].endsWith(":" + inode)) {
                    return isUntethered(Long.parseLong(f[4]));
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A process exiting has already let its memory go, and with it its command line: no arguments to read means it
     * is on its way out. Otherwise it is leaving when it was tethered and its parent is no longer the tether.
     */
    private static boolean isUntethered(long pid) {
        String flag = "-D" + SqliteStore.TETHER + "=";
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(process -> process.info().arguments()
                .map(args -> java.util.Arrays.stream(args).filter(a -> a.startsWith(flag)).findFirst()
                        .map(a -> Long.parseLong(a.substring(flag.length())))
                        .map(tether -> process.parent().map(ProcessHandle::pid).orElse(-1L) != tether)
                        .orElse(false))
                .orElse(true))
                .orElse(true);
    }

    /**
     * A descriptor of a store file kept open to take its lock when the holder lets go. Trying with a descriptor
     * opened each time would close it after each failure, and closing any descriptor drops the locks SQLite's own
     * connections in this process hold on the file.
     */
    static final class Claim implements AutoCloseable {
        private final Path file;
        private final Object identity;
        private @Nullable FileChannel channel;

        Claim(Path file) throws IOException {
            this.file = file;
            this.identity = identity(file);
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }

        /** The lock if it is free now; the claim's descriptor then belongs to the lock. */
        Optional<StoreLock> tryNow() throws IOException {
            synchronized (HELD) {
                FileChannel open = channel;
                if (open == null || HELD.containsKey(identity)) {
                    return Optional.empty();
                }
                FileLock lock = tryLock(open);
                if (lock == null) {
                    return Optional.empty();
                }
                channel = null;
                StoreLock held = new StoreLock(file, identity, open, lock);
                HELD.put(identity, held);
                return Optional.of(held);
            }
        }

        @Override
        public void close() throws IOException {
            synchronized (HELD) {
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
            }
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        return channel.tryLock(POSITION, 1, false);
    }

    /** What the file is whatever the path: device and inode where the platform gives them, else the real path. */
    static Object identity(Path store) throws IOException {
        Object key = Files.readAttributes(store, BasicFileAttributes.class).fileKey();
        return key != null ? key : store.toRealPath();
    }

    /**
     * Takes the lock again, as SQLite drops it while it first reads a new, empty file (it closes a descriptor of
     * the file then). False when another process took it meanwhile.
     */
    boolean renew() {
        synchronized (HELD) {
            try {
                lock.release();
                FileLock again = tryLock(channel);
                if (again == null) {
                    return false;
                }
                lock = again;
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            HELD.remove(identity);
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                System.getLogger(StoreLock.class.getName()).log(System.Logger.Level.WARNING,
                        "releasing store lock on " + file, e);
            }
        }
    }
}
