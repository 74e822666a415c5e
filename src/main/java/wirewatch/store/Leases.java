package wirewatch.store;

import java.util.List;

/**
 * Which feeds and which hooks' lanes this poller works on, among the pollers that share one store. A SQLite store
 * has one poller, which holds everything ({@link #EVERYTHING}); on PostgreSQL each feed and each lane is leased to
 * one poller at a time for a term, renewed while the poller lives, given up on a clean exit and taken over by the
 * others once a dead poller's term runs out. Thread-safe; {@link #holdsFeed} and {@link #holdsHook} answer from
 * memory. Whoever asks the store for the leases closes them, which releases them.
 */
public interface Leases extends AutoCloseable {

    /** A store with one poller: every feed and every lane is its own, for good. */
    Leases EVERYTHING = new Leases() {
        @Override
        public void start(Listener listener) {
        }

        @Override
        public boolean holdsFeed(String feed) {
            return true;
        }

        @Override
        public boolean keepFeed(String feed) {
            return true;
        }

        @Override
        public boolean holdsHook(String hook) {
            return true;
        }

        @Override
        public boolean keepHook(String hook) {
            return true;
        }

        @Override
        public String holder() {
            return "";
        }

        @Override
        public void close() {
        }
    };

    /** Told, on the keeper's thread, of the feeds and lanes this poller has just taken. */
    interface Listener {
        void acquired(List<String> feeds, List<String> hooks);
    }

    /**
     * Claims this poller's share now, on the calling thread, then keeps renewing and rebalancing in the background,
     * telling {@code listener} of what it takes.
     */
    void start(Listener listener);

    /** Whether this poller may poll the feed now. */
    boolean holdsFeed(String feed);

    /**
     * Called as the poll of a held feed starts and once it is recorded: {@code false} when the feed was given up,
     * because the lease was lost or because this poller holds more than its share while others have room. A feed
     * given up as its poll starts keeps the schedule stored for it (due), so the poller that takes it polls it at
     * once: pollers started together split even the first round.
     */
    boolean keepFeed(String feed);

    /** Whether this poller may deliver the hook's events now. */
    boolean holdsHook(String hook);

    /**
     * Called between two looks at a held hook's lane, with none of its deliveries running: {@code false} when the
     * lane was given up, because the lease was lost or because this poller holds more than its share.
     */
    boolean keepHook(String hook);

    /**
     * This poller's name in the lease rows, which a batch names ({@link Batch#leasedBy}) so that it is recorded only
     * while this poller still holds its feeds; empty for a store with one poller, whose batches need no check.
     */
    String holder();

    /** Stops renewing and releases what this poller holds, so the others take it at once. */
    @Override
    void close();
}
