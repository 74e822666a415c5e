package wirewatch.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events the store has logged and what each hook is still owed of them. {@link Ledger#commit} fills it; hook
 * workers and the hooks command drain and tend it. Thread-safe; calls may block on I/O; failures are
 * {@link StoreException}s.
 */
public interface Outbox {

    /** Events owed to this hook and due at {@code now}, oldest first. */
    List<Delivery> pendingDeliveries(String hook, Instant now, int limit);

    /** How many deliveries are not yet done or failed for good, over all hooks. */
    int pendingDeliveryCount();

    void deliveryDone(String hook, long seq);

    /** Records a failed attempt; {@code retryAt} null marks the delivery failed for good. */
    void deliveryFailed(String hook, long seq, String error, @Nullable Instant retryAt);

    /** Per hook key, what is still owed (pending or failed for good), in key order; none for hooks owed none. */
    List<HookBacklog> backlogs();

    /** Moves everything owed to hook key {@code from} to {@code to}; returns how many deliveries moved. */
    int renameHook(String from, String to);

    /**
     * Makes failed deliveries pending again with a fresh count of attempts, and pending ones waiting for a retry due
     * at once, for one hook key or ({@code null}) all; returns how many changed.
     */
    int retryDeliveries(@Nullable String hook);

    /** Drops what is owed (pending or failed) to one hook key; returns how many deliveries were dropped. */
    int dropDeliveries(String hook);

    /** Deliveries that failed for good, newest first. */
    List<Delivery> failedDeliveries(int limit);

    /** Drops the deliveries that failed for good, of one hook key or ({@code null}) all; returns how many. */
    int dropFailedDeliveries(@Nullable String hook);

    /** Events after {@code seq}, oldest first: how a read-only dashboard or a report follows a writer. */
    List<LoggedEvent> eventsAfter(long seq, int limit);

    /** An event as the outbox holds it: its sequence number and JSON. */
    record LoggedEvent(long seq, String id, String type, @Nullable String watch, String json) {
    }

    long lastEventSeq();
}
