package wirewatch.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.AlertSpec;
import wirewatch.config.Location;
import wirewatch.store.Batch;
import wirewatch.store.Delivery;
import wirewatch.store.SqliteStore;
import wirewatch.store.Store;

class HookWorkerTest {
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(30);
    private static final Instant ANY_TIME = Instant.parse("9999-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private SqliteStore store;
    private final MutableClock clock = new MutableClock(News.T0);
    private final List<HookWorker> workers = new ArrayList<>();

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dir.resolve("wirewatch.db"));
    }

    @AfterEach
    void closeAll() {
        workers.forEach(HookWorker::close);
        store.close();
    }

    private HookWorker worker(List<AlertSpec> alerts, HookOptions options) {
        HookWorker worker = new HookWorker(store, alerts, clock, options);
        workers.add(worker);
        return worker;
    }

    /** Retries without waiting, so that drain() finishes them at once. */
    private HookOptions noDelays() {
        return HookOptions.defaults(dir.resolve("spool")).withRetryDelays(Duration.ZERO, Duration.ZERO);
    }

    private void report(AlertSpec hook, String... ids) {
        for (String id : ids) {
            store.commit(new Batch().event(News.match(id, "Ceasefire talks, update " + id), List.of(hook.name())));
        }
    }

    private static String[] ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("e-%02d", i)).toArray(String[]::new);
    }

    /** A hook that appends {@code WIREWATCH_ID} to {@code log} when it succeeds. */
    private AlertSpec logging(String name, Path log, String before, int retries) throws IOException {
        Path script = Scripts.write(dir, name, before + "\necho \"$WIREWATCH_ID\" >> '" + log + "'");
        return Scripts.run(script, LONG_ENOUGH, retries);
    }

    private List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void drainDeliversEveryOwedEventAndMarksItDone() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec hook = logging("log.sh", log, "", 0);
        report(hook, "e-01", "e-02", "e-03");

        boolean finished = worker(List.of(hook), noDelays()).drain(LONG_ENOUGH);

        assertTrue(finished);
        assertEquals(List.of("e-01", "e-02", "e-03"), lines(log));
        assertEquals(0, store.pendingDeliveryCount());
    }

    @Test
    void oneHookGetsItsEventsInOrderEvenWhenAnEarlierOneIsRetried() throws Exception {
        Path log = dir.resolve("hook.log");
        Path failedOnce = dir.resolve("failed-once");
        AlertSpec hook = logging("ordered.sh", log, "if [ \"$WIREWATCH_ID\" = e-03 ] && [ ! -f '" + failedOnce
                + "' ]; then touch '" + failedOnce + "'; exit 75; fi", 3);
        HookWorker worker = worker(List.of(hook), noDelays());
        worker.start();

        String[] ids = ids(20);
        for (String id : ids) {
            report(hook, id);
            worker.signal();
        }

        await().atMost(LONG_ENOUGH).until(() -> lines(log).size() == ids.length);
        assertEquals(List.of(ids), lines(log));
        assertTrue(Files.exists(failedOnce));
    }

    @Test
    void failingHookIsRetriedUntilItSucceeds() throws Exception {
        Path log = dir.resolve("hook.log");
        Path attempts = dir.resolve("attempts");
        AlertSpec hook = logging("flaky.sh", log, "echo try >> '" + attempts + "'\n"
                + "if [ $(wc -l < '" + attempts + "') -lt 3 ]; then echo 'HTTP 502 from pager' >&2; exit 22; fi", 5);
        report(hook, "e-01");

        assertTrue(worker(List.of(hook), noDelays()).drain(LONG_ENOUGH));

        assertEquals(3, lines(attempts).size());
        assertEquals(List.of("e-01"), lines(log));
        assertEquals(List.of(), store.failedDeliveries(10));
    }

    @Test
    void hookFailingEveryRetryIsFailedForGoodWithItsError() throws Exception {
        Path attempts = dir.resolve("attempts");
        Path script = Scripts.write(dir, "broken.sh", "echo try >> '" + attempts + "'\n"
                + "echo 'notify-send: cannot open display' >&2\nexit 4");
        AlertSpec hook = Scripts.run(script, LONG_ENOUGH, 2);
        report(hook, "e-01");

        assertTrue(worker(List.of(hook), noDelays()).drain(LONG_ENOUGH));

        assertEquals(3, lines(attempts).size());
        List<Delivery> failed = store.failedDeliveries(10);
        assertEquals(1, failed.size());
        assertEquals("e-01", failed.get(0).eventId());
        assertEquals(3, failed.get(0).attempts());
        assertEquals("exit 4: notify-send: cannot open display", failed.get(0).lastError());
        assertEquals(0, store.pendingDeliveryCount());
    }

    @Test
    void eventsAfterOneFailedForGoodAreStillDelivered() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec hook = logging("picky.sh", log, "[ \"$WIREWATCH_ID\" = e-01 ] && exit 1", 1);
        report(hook, "e-01", "e-02");

        assertTrue(worker(List.of(hook), noDelays()).drain(LONG_ENOUGH));

        assertEquals(List.of("e-02"), lines(log));
        assertEquals("e-01", store.failedDeliveries(10).get(0).eventId());
    }

    @Test
    void failedAttemptWaitsLongerAfterEachFailure() throws Exception {
        Path script = Scripts.write(dir, "down.sh", "exit 1");
        AlertSpec hook = Scripts.run(script, LONG_ENOUGH, 5);
        report(hook, "e-01");
        HookOptions options = HookOptions.defaults(dir.resolve("spool"))
                .withRetryDelays(Duration.ofMinutes(1), Duration.ofMinutes(10));
        HookWorker worker = worker(List.of(hook), options);

        worker.start();
        await().atMost(LONG_ENOUGH).until(() -> head(hook).attempts() == 1);
        assertEquals(News.T0.plus(Duration.ofMinutes(1)), head(hook).nextAttempt());

        clock.advance(Duration.ofMinutes(1));
        worker.signal();
        await().atMost(LONG_ENOUGH).until(() -> head(hook).attempts() == 2);
        assertEquals(News.T0.plus(Duration.ofMinutes(3)), head(hook).nextAttempt());
    }

    private Delivery head(AlertSpec hook) {
        return store.pendingDeliveries(hook.name(), ANY_TIME, 1).get(0);
    }

    @Test
    void laterEventWaitsWhileTheEarlierOneBacksOff() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec hook = logging("first-fails.sh", log, "[ \"$WIREWATCH_ID\" = e-01 ] && exit 1", 5);
        report(hook, "e-01", "e-02");
        HookOptions options = HookOptions.defaults(dir.resolve("spool"))
                .withRetryDelays(Duration.ofMinutes(1), Duration.ofMinutes(10));

        boolean finished = worker(List.of(hook), options).drain(Duration.ofMillis(300));

        assertFalse(finished);
        assertEquals(List.of(), lines(log));
        assertEquals(2, store.pendingDeliveryCount());
    }

    @Test
    void slowHookDoesNotHoldUpAnotherHook() throws Exception {
        Path release = dir.resolve("release");
        Path slowLog = dir.resolve("slow.log");
        Path fastLog = dir.resolve("fast.log");
        AlertSpec slow = logging("slow.sh", slowLog, "while [ ! -f '" + release + "' ]; do sleep 0.05; done", 0);
        AlertSpec fast = logging("fast.sh", fastLog, "", 0);
        store.commit(new Batch().event(News.match("e-01", "Kremlin studies truce"), List.of(slow.name(), fast.name())));
        HookWorker worker = worker(List.of(slow, fast), noDelays());

        worker.start();

        await().atMost(LONG_ENOUGH).until(() -> lines(fastLog).equals(List.of("e-01")));
        assertEquals(List.of(), lines(slowLog));
        Files.createFile(release);
        await().atMost(LONG_ENOUGH).until(() -> lines(slowLog).equals(List.of("e-01")));
    }

    @Test
    void restartDeliversWhatWasLeftWithOneCompletionPerEvent() throws Exception {
        Path log = dir.resolve("hook.log");
        Path pid = dir.resolve("sleeper.pid");
        Path script = Scripts.write(dir, "archive.sh", String.join("\n",
                "echo \"start $WIREWATCH_ID\" >> '" + log + "'",
                "if [ \"$WIREWATCH_ID\" = e-02 ] && [ ! -f '" + pid + "' ]; then",
                "  sleep 1000 & echo $! > '" + pid + "'; wait",
                "fi",
                "echo \"done $WIREWATCH_ID\" >> '" + log + "'"));
        AlertSpec hook = Scripts.run(script, LONG_ENOUGH, 0);
        report(hook, ids(4));
        HookWorker first = worker(List.of(hook), noDelays());
        first.start();
        await().atMost(LONG_ENOUGH).until(() -> lines(log).contains("start e-02") && Files.exists(pid));

        first.close();
        store.close();
        long sleeper = Long.parseLong(Files.readString(pid).strip());
        store = SqliteStore.open(dir.resolve("wirewatch.db"));
        assertTrue(worker(List.of(hook), noDelays()).drain(LONG_ENOUGH));

        List<String> done = lines(log).stream().filter(l -> l.startsWith("done ")).toList();
        assertEquals(List.of("done e-01", "done e-02", "done e-03", "done e-04"), done);
        assertEquals(List.of("start e-01", "start e-02", "start e-02", "start e-03", "start e-04"),
                lines(log).stream().filter(l -> l.startsWith("start ")).toList());
        await().atMost(LONG_ENOUGH).until(() -> ProcessHandle.of(sleeper).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void drainWithoutAlertsHasNothingToDo() throws Exception {
        assertTrue(worker(List.of(), noDelays()).drain(LONG_ENOUGH));
    }

    @Test
    void deliveriesOfAHookNoLongerConfiguredStayInTheOutbox() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec current = logging("current.sh", log, "", 0);
        AlertSpec removed = new AlertSpec("truce-talks#1", "truce-talks", Set.of("match"), List.of("true"), null, LONG_ENOUGH, 0,
                Location.NONE);
        store.commit(new Batch().event(News.match("e-01", "Kremlin studies truce"),
                List.of(current.name(), removed.name())));

        assertTrue(worker(List.of(current), noDelays()).drain(LONG_ENOUGH));

        assertEquals(List.of("e-01"), lines(log));
        assertEquals(1, store.pendingDeliveries(removed.name(), ANY_TIME, 10).size());
    }

    @Test
    void editingAHooksCommandKeepsWhatItIsOwed() throws Exception {
        Path oldLog = dir.resolve("old.log");
        Path newLog = dir.resolve("new.log");
        AlertSpec before = withName("desktop", logging("before.sh", oldLog, "exit 1", 5));
        report(before, "e-01", "e-02");
        AlertSpec edited = withName("desktop", logging("after.sh", newLog, "", 0));

        assertTrue(worker(List.of(edited), noDelays()).drain(LONG_ENOUGH));

        assertEquals(List.of("e-01", "e-02"), lines(newLog));
        assertEquals(List.of(), lines(oldLog));
    }

    @Test
    void deliveriesAStoreOwedUnderAHooksOldKeyGoToItsName() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec hook = logging("legacy.sh", log, "", 0);
        for (String id : List.of("e-01", "e-02")) {
            store.commit(new Batch().event(News.match(id, "Ceasefire talks, update " + id),
                    List.of(hook.legacyKey())));
        }

        assertTrue(worker(List.of(hook), noDelays()).drain(LONG_ENOUGH));

        assertEquals(List.of("e-01", "e-02"), lines(log));
        assertEquals(List.of(), store.backlogs());
    }

    private static AlertSpec withName(String name, AlertSpec spec) {
        return new AlertSpec(name, spec.watch(), spec.on(), spec.run(), spec.shell(), spec.timeout(), spec.retries(),
                spec.location());
    }

    @Test
    void laneHeldElsewhereWaitsThenDeliversInOrderOnceTaken() throws Exception {
        Path log = dir.resolve("hook.log");
        AlertSpec hook = logging("log.sh", log, "", 0);
        report(hook, "e-01", "e-02");
        AtomicBoolean held = new AtomicBoolean();
        HookWorker worker = new HookWorker(store, List.of(hook), clock, noDelays(), new LaneLeases() {
            @Override
            public boolean holds(String hook) {
                return held.get();
            }

            @Override
            public boolean keep(String hook) {
                return held.get();
            }
        });
        workers.add(worker);

        assertTrue(worker.drain(LONG_ENOUGH), "nothing this process holds is owed");
        assertEquals(List.of(), lines(log));
        assertEquals(2, store.pendingDeliveryCount());

        held.set(true);
        assertTrue(worker.drain(LONG_ENOUGH));
        assertEquals(List.of("e-01", "e-02"), lines(log));
    }
}
