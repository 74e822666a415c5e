package wirewatch.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event owed to one hook: the outbox row a hook worker takes, runs, and marks done or failed. {@code seq} orders
 * events as they happened.
 */
public record Delivery(String hook, long seq, String eventId, String type, String json, int attempts,
                       @Nullable Instant nextAttempt, @Nullable String lastError) {
}
