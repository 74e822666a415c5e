package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A poller sharing the store, as its heartbeat row and the leases it holds show it: its id ({@code host:pid:random}),
 * when it started, its last heartbeat, and how many feeds and hooks' lanes it holds.
 */
public record PollerStatus(String id, Instant started, Instant heartbeat, int feeds, int hooks) {
    public PollerStatus {
        requireNonNull(id, "id");
        requireNonNull(started, "started");
        requireNonNull(heartbeat, "heartbeat");
    }
}
