package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What the outbox owes one hook (by its key): deliveries still pending, those that failed for good, and the oldest
 * event among them, by its id, type and time.
 */
public record HookBacklog(String hook, int pending, int failed, String oldestEventId, String oldestType,
                          Instant oldestTime) {
    public HookBacklog {
        requireNonNull(hook, "hook");
        requireNonNull(oldestEventId, "oldestEventId");
        requireNonNull(oldestType, "oldestType");
        requireNonNull(oldestTime, "oldestTime");
    }

    public int owed() {
        return pending + failed;
    }
}
