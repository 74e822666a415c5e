package wirewatch.store;

import java.util.List;

/**
 * A batch was not written because its poller no longer holds the leases of some of the feeds it records: it stalled
 * past their term and another poller took them, which polls them now. Nothing of the batch was written.
 */
public final class LeaseLostException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final List<String> feeds;

    LeaseLostException(String holder, List<String> feeds) {
        super("lease of " + String.join(", ", feeds) + " taken by another poller before " + holder
                + " recorded its poll; left to the poller that holds it now");
        this.feeds = List.copyOf(feeds);
    }

    /** The feeds held no longer, each once; never empty. */
    public List<String> feeds() {
        return feeds;
    }
}
