package wirewatch.store;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The whole archive at once: every stored article for a back-test, and the totals a check reports. Thread-safe;
 * calls may block on I/O; failures are {@link StoreException}s.
 */
public interface Archive {

    /** Calls {@code sink} for every stored article whose sort time is at or after {@code since}, newest first. */
    void forEachArticle(Instant since, Consumer<StoredArticle> sink);

    ArchiveCounts counts();
}
