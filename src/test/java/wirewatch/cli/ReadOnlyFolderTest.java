package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoreException;

/**
 * A store in a folder this process cannot write: the commands that only read work, and leave the folder as it was;
 * {@code tail} is refused. The folder is made read-only with {@code chmod}; where that does not stop this user
 * (root), with {@code chattr +i}; where neither can, the tests are skipped.
 */
class ReadOnlyFolderTest {
    private static final Instant T0 = Instant.parse("2025-03-14T09:30:00Z");

    @TempDir
    Path dir;

    private Path folder;
    private Path db;
    private Path config;
    private boolean immutable;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void readOnlyStore() throws Exception {
        folder = Files.createDirectory(dir.resolve("state"));
        db = folder.resolve("w.db");
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\n");
        try (SqliteStore store = SqliteStore.open(db)) {
            Article article = new Article("a1", "kyiv-desk", "guid-a1", "http://127.0.0.1:9/a1",
                    "Kremlin to study truce plan", "The Kremlin said it would study the ceasefire proposal.", T0,
                    List.of());
            store.commit(new Batch().article(new Batch.ArticleWrite(article, "h1", null, T0, null, false))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "We need to study it",
                            Statement.Kind.DIRECT, 0, 19, "g-1", Grouped.Change.NEW, T0)));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            immutable = new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor() == 0;
        }
        assumeFalse(Files.isWritable(folder), "neither chmod nor chattr makes a folder read-only here");
    }

    @AfterEach
    void writableAgain() throws Exception {
        if (immutable) {
            new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor();
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String state() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList() + " " + HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db)));
        }
    }

    @Test
    void commandsThatOnlyReadWorkAndLeaveTheFolderAsItWas() throws Exception {
        String before = state();
        assertEquals(0, run("statements", "--config", config.toString(), "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("We need to study it"), out.toString());
        assertEquals(0, run("backtest", "ceasefire", "--since", "100000d", "--config", config.toString(), "--db",
                db.toString()), err.toString());
        assertTrue(out.toString().contains("Kremlin to study truce plan"), out.toString());
        assertEquals(0, run("check", "--config", config.toString(), "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains("1 articles, 0 failed hook deliveries"), out.toString());
        assertEquals(0, run("store", "check", "--db", db.toString()), err.toString());
        assertTrue(out.toString().contains(db + ": ok"), out.toString());
        assertEquals(before, state());
    }

    @Test
    void dashboardGetsAReadOnlyStore() throws Exception {
        try (SqliteStore store = SqliteStore.openShared(db)) {
            assertFalse(store.isWritable());
            assertEquals(1, store.counts().articles());
        }
    }

    @Test
    void tailIsRefused() {
        assertEquals(1, run("tail", "--once", "--config", config.toString(), "--db", db.toString()));
        assertEquals("wirewatch: " + db + " cannot be written (read-only folder " + folder + ", where SQLite keeps its "
                + "WAL files); fix its permissions or pass --db FILE\n", err.toString());
        assertThrows(StoreException.class, () -> SqliteStore.open(db));
    }
}
