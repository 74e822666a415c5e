package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock is on the file, not on the spelling of its path: a symlink or a hard link meets the same lock. */
class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void symlinkToAnOpenStoreIsRefusedInTheSameProcess() throws Exception {
        Path file = dir.resolve("w.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
        try (SqliteStore first = SqliteStore.open(file)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> SqliteStore.open(link));
            assertTrue(e.getMessage().startsWith(link + " is locked by another wirewatch"), e.getMessage());
            try (SqliteStore second = SqliteStore.openShared(link)) {
                assertFalse(second.isWritable());
            }
        }
        try (SqliteStore again = SqliteStore.open(link)) {
            assertTrue(again.isWritable());
        }
    }

    @Test
    void hardLinkToAnOpenStoreIsRefusedInTheSameProcess() throws Exception {
        Path file = dir.resolve("w.db");
        SqliteStore.open(file).close();
        Path other = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createLink(other.resolve("same.db"), file);
        try (SqliteStore first = SqliteStore.open(link)) {
            assertThrows(StoreLockedException.class, () -> SqliteStore.open(file));
        }
    }

    /**
     * Also proves the lock outlives a second handle of the writing process: POSIX drops a process's locks on a file
     * when any descriptor of it closes, and SQLite closes that handle's descriptors.
     */
    @Test
    void tailThroughASymlinkIsRefusedWhileAnotherProcessWrites() throws Exception {
        Path file = dir.resolve("w.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file);
        try (SqliteStore first = SqliteStore.open(file)) {
            try (SqliteStore reader = SqliteStore.openShared(file)) {
                assertEquals(0, reader.counts().articles());
            }
            SqliteStore.openReadOnly(file).close();
            Result tail = tailOnce(link);
            assertEquals(1, tail.exit(), tail.err());
            assertTrue(tail.err().contains(link + " is locked by another wirewatch"), tail.err());
        }
    }

    @Test
    void tailThroughAHardLinkIsRefusedWhileAnotherProcessWrites() throws Exception {
        Path file = dir.resolve("w.db");
        SqliteStore.open(file).close();
        Path link = Files.createLink(dir.resolve("hard.db"), file);
        try (SqliteStore first = SqliteStore.open(file)) {
            Result tail = tailOnce(link);
            assertEquals(1, tail.exit(), tail.err());
            assertTrue(tail.err().contains(link + " is locked by another wirewatch"), tail.err());
        }
    }

    private record Result(int exit, String err) {
    }

    /** {@code wirewatch tail --once} with no feeds, in a child JVM: another process on the same store. */
    private Result tailOnce(Path db) throws Exception {
        Path config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");
        Path err = dir.resolve("err.log");
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "wirewatch.cli.Main", "tail", "--once", "--config",
                config.toString(), "--db", db.toString()));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(err.toFile());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        builder.environment().put("WIREWATCH_RELAUNCH", "0");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tail --once did not finish");
        return new Result(process.exitValue(), Files.readString(err));
    }

    @Test
    void readOnlyHandleTakesTheStoreOverOnceTheWriterCloses() throws Exception {
        Path file = dir.resolve("wirewatch.db");
        SqliteStore writer = SqliteStore.open(file);
        try (SqliteStore reader = SqliteStore.openShared(file)) {
            assertFalse(reader.takeOver());
            assertFalse(reader.isWritable());
            writer.close();

            assertTrue(reader.takeOver());
            assertTrue(reader.isWritable());
            assertEquals(0, reader.retryDeliveries(null));
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> SqliteStore.open(file));
            assertTrue(e.getMessage().contains("locked by another wirewatch"), e.getMessage());
            try (SqliteStore third = SqliteStore.openShared(file)) {
                assertFalse(third.isWritable());
                assertFalse(third.takeOver());
            }
            assertEquals(0, reader.counts().articles());
        }
        try (SqliteStore again = SqliteStore.open(file)) {
            assertTrue(again.isWritable());
        }
    }
}
