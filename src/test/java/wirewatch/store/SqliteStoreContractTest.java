package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file. */
class SqliteStoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    Store open() {
        return SqliteStore.open(dir.resolve("w.db"));
    }

    @Override
    void refuseRevisions() throws Exception {
        StoreFiles.sql(dir.resolve("w.db"), "CREATE TRIGGER refuse_revisions BEFORE INSERT ON revision "
                + "BEGIN SELECT RAISE(ABORT, 'revisions refused'); END");
    }

    /** A writer catches up with others' commits only where there can be others: one writer, by its lock: nothing to catch up with. */
    @Test
    void sharedOnlyWhereOtherPollersMayWrite() throws Exception {
        try (Store store = open()) {
            assertFalse(store.isShared());
        }
    }
}
