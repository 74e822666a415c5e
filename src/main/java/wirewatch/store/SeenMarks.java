package wirewatch.store;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the reader has seen. Seen is per article: an article two watches matched is read once. Thread-safe; calls may
 * block on I/O; failures are {@link StoreException}s.
 */
public interface SeenMarks {

    /** Which of these articles are seen; an article no watch matched never is. */
    Set<String> seenAmong(Collection<String> articleIds);

    /**
     * Marks an article seen or unseen, under every watch that matched it. Returns false when no watch matched it:
     * only matches keep a seen mark.
     */
    boolean markSeen(String articleId, boolean seen);

    /** Marks every article one watch matched seen; returns how many were unseen. */
    int markWatchSeen(String watch);

    /**
     * Where the nearest unseen match is in one watch's list (as {@link ReadModel#matches} pages it, same filter):
     * the first at or after position {@code from} when {@code forward}, else the last at or before it.
     */
    OptionalInt unseenMatch(String watch, @Nullable String filter, int from, boolean forward);
}
