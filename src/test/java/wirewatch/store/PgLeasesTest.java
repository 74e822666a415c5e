package wirewatch.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;

/** Pollers on one PostgreSQL store split its feeds and hooks' lanes by lease, and hand them over. */
class PgLeasesTest {
    private static final Duration TERM = Duration.ofSeconds(3);
    private static final List<String> FEEDS = List.of("desk-1", "desk-2", "desk-3", "desk-4");
    private static final List<String> HOOKS = List.of("pager", "archive");

    @Test
    void firstPollerTakesEverythingThenGivesASecondItsShare() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore store = PostgresStore.open(address, Map.of());
             Leases first = store.leases(TERM, FEEDS, HOOKS);
             Leases second = store.leases(TERM, FEEDS, HOOKS)) {
            first.start((feeds, hooks) -> { });
            assertTrue(FEEDS.stream().allMatch(first::holdsFeed));
            assertTrue(HOOKS.stream().allMatch(first::holdsHook));
            Set<String> taken = ConcurrentHashMap.newKeySet();
            second.start((feeds, hooks) -> taken.addAll(feeds));
            assertTrue(FEEDS.stream().noneMatch(second::holdsFeed), "nothing is free yet");
            assertEquals(2, store.pollers().size());

            // Over its share of two once the first renewal counts two pollers, the first gives up feeds as it polls.
            await().atMost(Duration.ofSeconds(30)).until(() -> !first.keepFeed("desk-1"));
            assertFalse(first.keepFeed("desk-2"));
            assertTrue(first.keepFeed("desk-3"), "at its share, it keeps the rest");
            await().atMost(Duration.ofSeconds(30)).until(() -> taken.containsAll(List.of("desk-1", "desk-2")));
            assertTrue(second.holdsFeed("desk-1") && !first.holdsFeed("desk-1"));
            assertEquals(4, store.pollers().stream().mapToInt(PollerStatus::feeds).sum());
        }
    }

    @Test
    void aLaneOverTheShareIsGivenUpBetweenDeliveriesAndTakenByTheNewPoller() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore store = PostgresStore.open(address, Map.of());
             Leases first = store.leases(TERM, FEEDS, HOOKS);
             Leases second = store.leases(TERM, FEEDS, HOOKS)) {
            first.start((feeds, hooks) -> { });
            Set<String> taken = ConcurrentHashMap.newKeySet();
            second.start((feeds, hooks) -> taken.addAll(hooks));
            assertTrue(HOOKS.stream().noneMatch(second::holdsHook), "both lanes are the first's");

            await().atMost(Duration.ofSeconds(30)).until(() -> !first.keepHook("pager"));
            assertFalse(first.holdsHook("pager"));
            assertTrue(first.keepHook("archive"), "at its share, it keeps the other lane");
            await().atMost(Duration.ofSeconds(30)).until(() -> taken.contains("pager"));
            assertTrue(second.holdsHook("pager") && !second.holdsHook("archive"));
            assertEquals(List.of(1, 1), store.pollers().stream().map(PollerStatus::hooks).toList());
        }
    }

    @Test
    void feedWhoseGivingUpFailsIsKept() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore store = PostgresStore.open(address, Map.of());
             Leases first = store.leases(TERM, FEEDS, HOOKS);
             Leases second = store.leases(TERM, FEEDS, HOOKS);
             Connection admin = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
             Statement sql = admin.createStatement()) {
            first.start((feeds, hooks) -> { });
            second.start((feeds, hooks) -> { });
            sql.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN RAISE EXCEPTION 'no release today'; END $$");
            sql.execute("CREATE TRIGGER refuse BEFORE UPDATE ON lease FOR EACH ROW "
                    + "WHEN (NEW.owner IS NULL) EXECUTE FUNCTION refuse()");
            awaitCountedByTheFirst(store);
            // Over its share, the first cannot write the feed free: it keeps it, and polls on.
            assertTrue(first.keepFeed("desk-1"));
            assertTrue(first.holdsFeed("desk-1"));
            sql.execute("DROP TRIGGER refuse ON lease");
            assertFalse(first.keepFeed("desk-1"), "given up once the store takes the write");
        }
    }

    /**
     * Waits until the poller that started first has counted the second: its second renewal after a look that sees
     * both began after the second's row was committed.
     */
    private static void awaitCountedByTheFirst(PostgresStore store) {
        await().atMost(Duration.ofSeconds(30)).until(() -> store.pollers().size() == 2);
        for (int renewal = 0; renewal < 2; renewal++) {
            Instant seen = firstToStart(store).heartbeat();
            await().atMost(Duration.ofSeconds(30)).until(() -> firstToStart(store).heartbeat().isAfter(seen));
        }
    }

    private static PollerStatus firstToStart(PostgresStore store) {
        return store.pollers().stream().min(Comparator.comparing(PollerStatus::started)).orElseThrow();
    }

    @Test
    void closingReleasesSoTheOthersTakeOverAtOnce() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore store = PostgresStore.open(address, Map.of());
             Leases stays = store.leases(TERM, FEEDS, HOOKS)) {
            Leases leaves = store.leases(TERM, FEEDS, HOOKS);
            leaves.start((feeds, hooks) -> { });
            stays.start((feeds, hooks) -> { });
            leaves.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> FEEDS.stream().allMatch(stays::holdsFeed)
                    && HOOKS.stream().allMatch(stays::holdsHook));
            List<PollerStatus> pollers = store.pollers();
            assertEquals(1, pollers.size());
            assertEquals(List.of(4, 2), List.of(pollers.get(0).feeds(), pollers.get(0).hooks()));
        }
    }

    @Test
    void aSqliteStoreHoldsEverythingItself(@TempDir Path dir) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"));
             Leases leases = store.leases(TERM, FEEDS, HOOKS)) {
            leases.start((feeds, hooks) -> { });
            assertTrue(leases.holdsFeed("desk-1") && leases.keepFeed("desk-1") && leases.holdsHook("pager"));
            assertTrue(store.pollers().isEmpty());
        }
    }

    @Test
    void batchOfAFeedAnotherPollerTookIsNotWritten() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        // Terms long enough that no renewal runs during the test: the takeover below is the only change.
        Duration term = Duration.ofMinutes(10);
        try (PostgresStore store = PostgresStore.open(address, Map.of());
             Leases stalled = store.leases(term, FEEDS, List.of());
             Leases successor = store.leases(term, FEEDS, List.of())) {
            stalled.start((feeds, hooks) -> { });
            assertTrue(stalled.holdsFeed("desk-1"));
            // The stalled poller's term on desk-1 ran out while it polled, and the other poller took the feed.
            try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(), "");
                 Statement sql = c.createStatement()) {
                sql.execute("UPDATE lease SET expires = 0 WHERE kind = 'feed' AND name = 'desk-1'");
            }
            successor.start((feeds, hooks) -> { });
            assertTrue(successor.holdsFeed("desk-1"));

            LeaseLostException lost = assertThrows(LeaseLostException.class,
                    () -> store.commit(poll("a1", "desk-1").leasedBy(stalled.holder(), List.of("desk-1", "desk-2"))));
            assertEquals(List.of("desk-1"), lost.feeds());
            assertTrue(store.article("a1").isEmpty(), "nothing of the batch is written");
            assertEquals(0, store.lastEventSeq());

            store.commit(poll("a2", "desk-2").leasedBy(stalled.holder(), List.of("desk-2")));
            store.commit(poll("a1", "desk-1").leasedBy(successor.holder(), List.of("desk-1")));
            assertTrue(store.article("a1").isPresent() && store.article("a2").isPresent());
        }
    }

    /** A poll of one feed that found one article and matched it. */
    private static Batch poll(String id, String feed) {
        Article a = StoreContractTest.article(id, "Kremlin to study truce");
        return new Batch().article(new Batch.ArticleWrite(a, "h-" + id, null, StoreContractTest.T0, null, false))
                .feedState(FeedState.fresh(feed))
                .event(StoreContractTest.matchEvent("e-" + id, a), List.of());
    }
}
