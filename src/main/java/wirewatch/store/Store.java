package wirewatch.store;

import java.time.Duration;
import java.util.List;

/**
 * Where wirewatch keeps feeds' state, articles, matches, statements, revisions, aliases and the event outbox, split
 * by role: the writer's {@link Ledger}, the hooks' {@link Outbox}, the dashboard's {@link ReadModel} and the
 * {@link Archive}. A component takes the role it uses; a handle is all of them over one database, so a second
 * implementation (PostgreSQL, several pollers) is one more class. Implementations are thread-safe; calls may block on
 * I/O. Failures are {@link StoreException}s with a one-line message. Whoever opens a store closes it.
 */
public interface Store extends Ledger, Outbox, ReadModel, SeenMarks, Archive, AutoCloseable {

    /** Whether this handle may write; a second process on the same file gets a read-only handle. */
    boolean isWritable();

    /**
     * Makes a read-only handle the writer once the process that wrote lets the store go: true when this handle
     * writes (already, or from now on). It does not wait.
     */
    boolean takeOver();

    /**
     * Starts telling {@code listener} of events committed by any handle on this store. A PostgreSQL store pushes
     * news as writers commit; a SQLite store has no way to and returns {@link ChangeFeed#NONE}.
     */
    ChangeFeed changes(ChangeFeed.Listener listener);

    /**
     * This poller's leases on {@code feeds} and {@code hooks}' lanes, each lasting {@code term} unless renewed; not
     * yet claimed until {@link Leases#start}. The caller closes them before the store.
     */
    Leases leases(Duration term, List<String> feeds, List<String> hooks);

    /** The pollers sharing this store, by id, with the leases each holds; none on a SQLite store. */
    List<PollerStatus> pollers();

    @Override
    void close();
}
