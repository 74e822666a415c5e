package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** A handle hears of batches another handle commits, through LISTEN/NOTIFY on the real server. */
class PgChangeFeedTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** What the feed told, in order: "listening", "lost: …" or the committed seq. */
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final ChangeFeed.Listener listener = new ChangeFeed.Listener() {
        @Override
        public void committed(long seq) {
            told.add(Long.toString(seq));
        }

        @Override
        public void lost(String why) {
            told.add("lost: " + why);
        }

        @Override
        public void listening() {
            told.add("listening");
        }
    };

    @Test
    void batchCommittedByOneHandleWakesAListenerOnAnotherWithItsLastSeq() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore writer = PostgresStore.open(address, Map.of());
             PostgresStore reader = PostgresStore.openReadOnly(address, Map.of());
             ChangeFeed changes = reader.changes(listener)) {
            assertTrue(changes.pushes());
            assertEquals("listening", next());
            List<Store.Committed> committed = writer.commit(twoMatches("e1", "e2"));
            assertEquals(Long.toString(committed.get(1).seq()), next());
            assertEquals(committed.get(1).seq(), reader.lastEventSeq());
        }
    }

    @Test
    void batchThatWritesNoNewEventIsNoNews() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore writer = PostgresStore.open(address, Map.of());
             PostgresStore reader = PostgresStore.openReadOnly(address, Map.of());
             ChangeFeed changes = reader.changes(listener);
             Connection other = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = other.createStatement()) {
            assertEquals("listening", next());
            long first = writer.commit(twoMatches("e1", "e2")).get(1).seq();
            assertEquals(Long.toString(first), next());
            assertTrue(writer.commit(twoMatches("e1", "e2")).isEmpty());
            // A marker sent after the empty batch: had that batch told of a seq, it would come first.
            sql.execute("NOTIFY wirewatch_events, 'marker'");
            assertEquals("0", next());
        }
    }

    @Test
    void listenerWhoseSessionIsKilledSaysSoAndListensAgain() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore writer = PostgresStore.open(address, Map.of());
             PostgresStore reader = PostgresStore.openReadOnly(address, Map.of());
             ChangeFeed changes = reader.changes(listener)) {
            assertEquals("listening", next());
            assertEquals(1, terminateListeners(address));
            String lost = next();
            assertTrue(lost.startsWith("lost: live updates lost: " + address + ": "), lost);
            assertTrue(lost.endsWith("; reconnecting in 1 s"), lost);
            assertEquals("listening", next());
            long seq = writer.commit(twoMatches("e1", "e2")).get(1).seq();
            assertEquals(Long.toString(seq), next());
        }
    }

    @Test
    void someoneElsesNoticeOnTheChannelIsNewsWithoutASeq() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore reader = PostgresStore.openReadOnly(address, Map.of());
             ChangeFeed changes = reader.changes(listener);
             Connection other = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = other.createStatement()) {
            assertEquals("listening", next());
            sql.execute("NOTIFY wirewatch_events, 'not a number'");
            assertEquals("0", next());
        }
    }

    @Test
    void sqliteStoreDoesNotPush(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"));
             ChangeFeed changes = store.changes(listener)) {
            assertFalse(changes.pushes());
        }
    }

    private String next() {
        return assertTimeoutPreemptively(HANG_GUARD, () -> told.take());
    }

    private static Batch twoMatches(String first, String second) {
        var a = StoreContractTest.article("a1", "Kremlin to study truce");
        return new Batch().event(StoreContractTest.matchEvent(first, a), List.of())
                .event(StoreContractTest.matchEvent(second, a), List.of());
    }

    /** Ends the listening sessions on the server, as an administrator or a dropped network would. */
    private static int terminateListeners(PgAddress address) throws Exception {
        try (Connection admin = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = admin.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE application_name = '" + PgChangeFeed.APPLICATION + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
