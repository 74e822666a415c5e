package wirewatch.app;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the status line shows: feeds polled and failing, when the last round ended and the next begins, hook
 * deliveries that failed for good or are still owed, and whether this process polls at all (a second dashboard on
 * the same store only reads).
 */
public record EngineStatus(int feeds, int failing, @Nullable Instant lastRound, @Nullable Instant nextRound,
                           long hookFailures, int pendingDeliveries, boolean polling,
                           @Nullable String lastError) {
    public static EngineStatus readOnly(long hookFailures) {
        return new EngineStatus(0, 0, null, null, hookFailures, 0, false, null);
    }
}
