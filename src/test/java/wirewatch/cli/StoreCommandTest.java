package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.store.Batch;
import wirewatch.store.SqliteStore;

/** {@code wirewatch store check} and {@code store recover OUT} on a whole store and on one written over. */
class StoreCommandTest {
    private static final Instant T0 = Instant.parse("2025-03-14T09:30:00Z");

    @TempDir
    Path dir;

    private Path db;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("w.db");
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");
        try (SqliteStore store = SqliteStore.open(db)) {
            Batch batch = new Batch();
            for (int i = 0; i < 300; i++) {
                Article a = new Article("a" + i, "kyiv-desk", "g" + i, "http://127.0.0.1:9/" + i, "Dispatch " + i,
                        ("Delegates met again on day " + i + " of the talks. ").repeat(20), T0, List.of());
                batch.article(new Batch.ArticleWrite(a, "h" + i, null, T0.plusSeconds(i), null, false));
            }
            store.commit(batch);
        }
    }

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private void writeOverTheMiddle() throws Exception {
        byte[] noise = new byte[4096];
        new Random(1234).nextBytes(noise);
        try (RandomAccessFile raw = new RandomAccessFile(db.toFile(), "rw")) {
            raw.seek(raw.length() / 2);
            raw.write(noise);
        }
    }

    @Test
    void wholeStoreChecksOk() {
        assertEquals(0, run("store", "check", "--db", db.toString()), err.toString());
        assertEquals(db + ": ok\n", out.toString());
    }

    @Test
    void damagedStoreIsRefusedThenCheckedThenRecovered() throws Exception {
        writeOverTheMiddle();
        assertEquals(1, run("tail", "--once", "--config", config.toString(), "--db", db.toString()));
        assertTrue(err.toString().startsWith("wirewatch: " + db + " is damaged ("), err.toString());
        assertTrue(err.toString().contains("'wirewatch store recover OUT'"), err.toString());

        assertEquals(1, run("store", "check", "--db", db.toString()));
        assertTrue(out.toString().startsWith(db + ": "), out.toString());
        assertTrue(out.toString().contains("problem"), out.toString());

        Path recovered = dir.resolve("recovered.db");
        assertEquals(0, run("store", "recover", recovered.toString(), "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("rows recovered into " + recovered), out.toString());
        assertTrue(out.toString().contains("article"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("store", "check", "--db", recovered.toString()), out.toString());
        assertEquals(0, run("tail", "--once", "--config", config.toString(), "--db", recovered.toString()),
                err.toString());
    }

    @Test
    void storeWithoutASubcommandIsBadUsage() {
        assertEquals(2, run("store"));
    }
}
