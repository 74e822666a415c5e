package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, a fresh database for each case; skipped where none is installed. */
class PostgresStoreContractTest extends StoreContractTest {
    private PgAddress address;

    @BeforeEach
    void freshDatabase() throws Exception {
        address = PgServer.shared().freshDatabase();
    }

    @Override
    Store open() {
        return PostgresStore.open(address, Map.of());
    }

    @Override
    void refuseRevisions() throws Exception {
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE revision ADD CONSTRAINT revisions_refused CHECK (false) NOT VALID");
        }
    }

    /** A writer catches up with others' commits only where there can be others: several pollers may commit at once. */
    @Test
    void sharedOnlyWhereOtherPollersMayWrite() throws Exception {
        try (Store store = open()) {
            assertTrue(store.isShared());
        }
    }
}
