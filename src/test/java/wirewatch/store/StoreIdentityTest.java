package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another program's database given as the store is refused before a byte of it changes. */
class StoreIdentityTest {
    @TempDir
    Path dir;

    private void assertRefusedUntouched(Path file, String expected) throws Exception {
        String before = StoreFiles.sha256(file);
        List<String> folder = StoreFiles.folder(dir);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
        StoreException shared = assertThrows(StoreException.class, () -> SqliteStore.openShared(file));
        assertEquals(e.getMessage(), shared.getMessage());
        assertThrows(StoreException.class, () -> SqliteStore.openReadOnly(file));
        assertEquals(before, StoreFiles.sha256(file));
        assertEquals(folder, StoreFiles.folder(dir));
    }

    @Test
    void databaseOfAnotherProgramIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        StoreFiles.sql(file, "PRAGMA application_id = 305419896", "CREATE TABLE note (id INTEGER PRIMARY KEY, text)",
                "INSERT INTO note (text) VALUES ('buy milk')");
        assertRefusedUntouched(file, " is not a wirewatch store (a SQLite database of another program, "
                + "application_id 0x12345678); it was left as it is: pass --db FILE to use another file");
    }

    @Test
    void databaseWithTablesButNoIdIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("places.sqlite");
        StoreFiles.sql(file, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                "CREATE TABLE article (id TEXT)", "INSERT INTO moz_places (url) VALUES ('http://127.0.0.1/')");
        assertRefusedUntouched(file, " is not a wirewatch store (a SQLite database with other tables: article, "
                + "moz_places)");
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.write(dir.resolve("photo.jpg"), new java.util.Random(7).ints(20_000, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());
        assertRefusedUntouched(file, " is not a SQLite database, so not a wirewatch store");
    }

    @Test
    void storeOfANewerWirewatchIsRefusedBeforeItIsSwitchedToWal() throws Exception {
        Path file = dir.resolve("w.db");
        StoreFiles.sql(file, "PRAGMA application_id = " + StoreIdentity.APPLICATION_ID, "PRAGMA user_version = 99",
                "CREATE TABLE article (id TEXT PRIMARY KEY)");
        assertRefusedUntouched(file, " was written by a newer wirewatch (schema 99); upgrade wirewatch or pass "
                + "--db FILE");
        assertEquals(1, Files.readAllBytes(file)[18], "still in rollback-journal mode, not WAL");
    }

    @Test
    void newStoreCarriesTheApplicationId() throws Exception {
        Path file = dir.resolve("w.db");
        SqliteStore.open(file).close();
        assertEquals(StoreIdentity.APPLICATION_ID, StoreFiles.longValue(file, "PRAGMA application_id"));
    }

    @Test
    void storeOfAnEarlierReleaseWithoutTheIdOpensAndGetsIt() throws Exception {
        Path file = dir.resolve("w.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.commit(new Batch().feedState(FeedState.fresh("kyiv-wire")));
        }
        StoreFiles.sql(file, "PRAGMA application_id = 0");
        try (SqliteStore readOnly = SqliteStore.openReadOnly(file)) {
            assertEquals(0, readOnly.counts().articles());
        }
        assertEquals(0, StoreFiles.longValue(file, "PRAGMA application_id"));
        try (SqliteStore store = SqliteStore.open(file)) {
            assertEquals("kyiv-wire", store.feedState("kyiv-wire").feed());
        }
        assertEquals(StoreIdentity.APPLICATION_ID, StoreFiles.longValue(file, "PRAGMA application_id"));
    }

    @Test
    void readOnlyOpenOfAnEarlierSchemaMigratesItOnceWhenItCanBeWritten() throws Exception {
        Path file = dir.resolve("w.db");
        StoreFiles.sql(file, Schema.MIGRATIONS.get(0).split(";"));
        StoreFiles.sql(file, "PRAGMA user_version = 1");
        try (SqliteStore store = SqliteStore.openReadOnly(file)) {
            assertEquals(0, store.counts().articles());
        }
        assertEquals(Schema.MIGRATIONS.size(), StoreFiles.longValue(file, "PRAGMA user_version"));
    }

    @Test
    void storeOfTheFirstReleaseWithoutTheIdIsMigratedAndMarked() throws Exception {
        Path file = dir.resolve("w.db");
        StoreFiles.sql(file, Schema.MIGRATIONS.get(0).split(";"));
        StoreFiles.sql(file, "PRAGMA user_version = 1");
        SqliteStore.open(file).close();
        assertEquals(Schema.MIGRATIONS.size(), StoreFiles.longValue(file, "PRAGMA user_version"));
        assertEquals(StoreIdentity.APPLICATION_ID, StoreFiles.longValue(file, "PRAGMA application_id"));
    }
}
