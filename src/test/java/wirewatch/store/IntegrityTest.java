package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/** A damaged store is refused at open with the way out, checked in full on request, and copied out row by row. */
class IntegrityTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");
    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    /** A closed store of {@link #ARTICLES} articles, each with a match and a statement: a few hundred pages. */
    private Path store() {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            Batch batch = new Batch();
            for (int i = 0; i < ARTICLES; i++) {
                Article a = new Article("a" + i, "kyiv-wire", "g" + i, "http://127.0.0.1/" + i, "Dispatch " + i,
                        ("Delegates met again on day " + i + " of the talks. ").repeat(20), T0, List.of());
                batch.article(new Batch.ArticleWrite(a, "h" + i, null, T0.plusSeconds(i), null, false))
                        .statement(new Batch.StatementWrite("a" + i, "Anna Berg", "we are not there yet " + i,
                                Statement.Kind.DIRECT, 0, 20, "g-" + i, Grouped.Change.NEW, T0.plusSeconds(i)));
            }
            store.commit(batch);
        }
        return file;
    }

    private static void scribble(Path file, long at, int bytes) throws Exception {
        byte[] noise = new byte[bytes];
        new Random(1234).nextBytes(noise);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(at);
            raw.write(noise);
        }
    }

    @Test
    void randomBytesInTheMiddleAreFoundAtOpenAndTheFileIsLeftAsItWas() throws Exception {
        Path file = store();
        scribble(file, Files.size(file) / 2, 4096);
        String before = StoreFiles.sha256(file);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().startsWith(file + " is damaged ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("; 'wirewatch store check' lists the damage, 'wirewatch store recover "
                + "OUT' copies what is readable into a new store"), e.getMessage());
        assertThrows(StoreException.class, () -> SqliteStore.openReadOnly(file));
        assertEquals(before, StoreFiles.sha256(file));
        assertFalse(Integrity.check(file).isEmpty());
    }

    @Test
    void fileCutShortIsFoundAtOpen() throws Exception {
        Path file = store();
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(size - 1234);
        }
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().startsWith(file + " is damaged (the file is " + (size - 1234)
                + " bytes, not a whole number of 4096-byte pages: it was cut short); "), e.getMessage());
        assertEquals(size - 1234, Files.size(file));
    }

    @Test
    void wholeStoreChecksOk() {
        assertEquals(List.of(), Integrity.check(store()));
    }

    @Test
    void damagedIndexLosesNoRowOnRecovery() throws Exception {
        Path file = store();
        long root = StoreFiles.longValue(file, "SELECT rootpage FROM sqlite_master WHERE name = 'article_sort'");
        scribble(file, (root - 1) * 4096, 4096);
        String before = StoreFiles.sha256(file);
        assertFalse(Integrity.check(file).isEmpty());
        Path out = dir.resolve("out.db");
        List<StoreRecovery.TableCount> counts = StoreRecovery.recover(file, out);
        assertEquals(new StoreRecovery.TableCount("article", ARTICLES, 0, 0), count(counts, "article"));
        assertEquals(new StoreRecovery.TableCount("statement", ARTICLES, 0, 0), count(counts, "statement"));
        assertEquals(before, StoreFiles.sha256(file));
        assertEquals(List.of(), Integrity.check(out));
        try (SqliteStore recovered = SqliteStore.open(out)) {
            assertEquals(ARTICLES, recovered.counts().articles());
            assertEquals("Dispatch 7", recovered.article("a7").orElseThrow().article().title());
        }
    }

    @Test
    void damagedTablePagesAreSkippedAndTheRestIsCopied() throws Exception {
        Path file = store();
        scribble(file, Files.size(file) / 2, 4096);
        List<StoreRecovery.TableCount> counts = StoreRecovery.recover(file, dir.resolve("out.db"));
        long copied = counts.stream().mapToLong(StoreRecovery.TableCount::copied).sum();
        assertTrue(copied > ARTICLES, counts.toString());
        assertEquals(List.of(), Integrity.check(dir.resolve("out.db")));
    }

    @Test
    void recoveryNeverWritesOverAnExistingFile() throws Exception {
        Path file = store();
        Path out = Files.writeString(dir.resolve("out.db"), "keep me");
        StoreException e = assertThrows(StoreException.class, () -> StoreRecovery.recover(file, out));
        assertEquals(out + " already exists; recover writes a new store: pass another OUT", e.getMessage());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void recoveryOfAFileThatIsNotAStoreMakesNoNewFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "buy milk\n".repeat(1000));
        Path out = dir.resolve("out.db");
        StoreException e = assertThrows(StoreException.class, () -> StoreRecovery.recover(file, out));
        assertTrue(e.getMessage().startsWith(file + " is not a SQLite database"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    private static StoreRecovery.TableCount count(List<StoreRecovery.TableCount> counts, String table) {
        return counts.stream().filter(c -> c.table().equals(table)).findFirst().orElseThrow();
    }
}
