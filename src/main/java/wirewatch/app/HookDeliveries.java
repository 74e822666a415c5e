package wirewatch.app;

import java.time.Duration;
import wirewatch.alert.HookWorker;

/** The engine's view of the hook worker: wake it after commits, drain it after a round, stop it on close. */
final class HookDeliveries implements Parts.Deliveries {
    private static final System.Logger LOG = System.getLogger(HookDeliveries.class.getName());

    private final HookWorker worker;

    HookDeliveries(HookWorker worker) {
        this.worker = worker;
    }

    @Override
    public void start() {
        worker.start();
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
    public void close() {
        worker.close();
    }
}
