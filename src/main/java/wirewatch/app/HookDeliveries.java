package wirewatch.app;

import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import wirewatch.alert.HookWorker;
import wirewatch.store.ChangeFeed;

/**
 * The engine's view of the hook worker: wake it after commits, drain it after a round, stop it on close. Where
 * several pollers share a store, another process may commit the events of a lane this one holds, so the worker is
 * also woken by the store's news of every commit (and after that news was lost and found again).
 */
final class HookDeliveries implements Parts.Deliveries {
    private static final System.Logger LOG = System.getLogger(HookDeliveries.class.getName());

    private final HookWorker worker;
    private final Function<ChangeFeed.Listener, ChangeFeed> changes;
    private @Nullable ChangeFeed news;

    /** {@code changes} opens the store's news of commits ({@code Store::changes}). */
    HookDeliveries(HookWorker worker, Function<ChangeFeed.Listener, ChangeFeed> changes) {
        this.worker = worker;
        this.changes = changes;
    }

    @Override
    public synchronized void start() {
        worker.start();
        if (news == null) {
            news = changes.apply(new ChangeFeed.Listener() {
                @Override
                public void committed(long seq) {
                    worker.signal();
                }

                @Override
                public void lost(String why) {
                    // Own commits still signal; others' are picked up once the feed listens again.
                }

                @Override
                public void listening() {
                    worker.signal();
                }
            });
        }
    }

    @Override
    public void signal() {
        worker.signal();
    }

    @Override
    public void drain(Duration limit) throws InterruptedException {
        if (!worker.drain(limit)) {
            LOG.log(System.Logger.Level.WARNING, "hook deliveries still owed after {0}; they stay in the outbox for "
                    + "the next run", limit);
        }
    }

    @Override
    public synchronized void close() {
        if (news != null) {
            news.close();
        }
        worker.close();
    }
}
