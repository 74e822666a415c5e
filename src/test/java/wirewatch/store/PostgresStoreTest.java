package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What only a PostgreSQL store does: reaching the server, and the migration history restated for it. */
class PostgresStoreTest {

    @Test
    void serverThatIsNotThereIsReportedWithTheAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        PgAddress nowhere = new PgAddress("ana", "127.0.0.1", port, "news");
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(nowhere, Map.of()));
        assertTrue(e.getMessage().startsWith("postgresql://ana@127.0.0.1:" + port + "/news: cannot reach PostgreSQL "
                + "while connecting ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); start it or fix the store address"), e.getMessage());
    }

    @Test
    void missingDatabaseSaysHowToCreateIt() throws Exception {
        PgAddress fresh = PgServer.shared().freshDatabase();
        PgAddress missing = new PgAddress(fresh.user(), fresh.host(), fresh.port(), "no_such_db");
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(missing, Map.of()));
        assertEquals(missing + ": no such database; create it (createdb no_such_db) or fix the store address",
                e.getMessage());
    }

    @Test
    void secondHandleWritesBesideTheFirst() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.openShared(address, Map.of())) {
            assertTrue(first.isWritable());
            assertTrue(second.isWritable());
            assertTrue(second.watchCounts().isEmpty());
        }
    }

    @Test
    void openingRunsEveryMigrationOnceAndRecordsHowMany() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        PostgresStore.open(address, Map.of()).close();
        PostgresStore.open(address, Map.of()).close();
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("SELECT version FROM wirewatch_schema")) {
            assertTrue(rows.next());
            assertEquals(Schema.MIGRATIONS.size(), rows.getInt(1));
        }
    }

    @Test
    void databaseOfANewerWirewatchIsRefused() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        PostgresStore.open(address, Map.of()).close();
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = c.createStatement()) {
            sql.execute("UPDATE wirewatch_schema SET version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(address, Map.of()));
        assertEquals(address + " has schema 99, newer than this wirewatch's " + Schema.MIGRATIONS.size()
                + "; run the newer wirewatch or pass another --db", e.getMessage());
    }
}
