package wirewatch.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

/**
 * Which rows of one growing table (ids from a sequence) a process has taken in: every id up to {@link #mark} and the
 * ids {@link #add}ed above it. Pollers commit in any order, so an id may show up after higher ones: an id missing
 * above the mark is a gap, kept open (the rows past the mark are read again, the ones taken in skipped) until its
 * row shows up or {@link #GAP_WAIT} has passed since a higher id was seen, as for an id whose transaction rolled
 * back. A sequence hands ids out in order, so a transaction holding a lower id had begun by then. Not thread-safe.
 */
final class SeenIds {
    /** How long a missing id is waited for: far longer than a batch's transaction lasts. */
    static final Duration GAP_WAIT = Duration.ofMinutes(1);

    private long mark;
    private final TreeSet<Long> above = new TreeSet<>();
    /** The highest id taken in as of each settle that raised it, oldest first. */
    private final Deque<Sighting> highest = new ArrayDeque<>();

    private record Sighting(Instant at, long id) {
    }

    SeenIds(long mark) {
        this.mark = mark;
    }

    /** The id past which rows are still to be read. */
    long mark() {
        return mark;
    }

    /** Takes an id in; false when it was taken in before, or is at or below the mark. */
    boolean add(long id) {
        return id > mark && above.add(id);
    }

    /** Moves the mark up over the ids taken in without a gap below them, giving up the gaps waited on long enough. */
    void settle(Instant now) {
        if (!above.isEmpty() && (highest.isEmpty() || highest.peekLast().id() < above.last())) {
            highest.addLast(new Sighting(now, above.last()));
        }
        long givenUp = mark;
        while (!highest.isEmpty() && !now.isBefore(highest.peekFirst().at().plus(GAP_WAIT))) {
            givenUp = Math.max(givenUp, highest.pollFirst().id());
        }
        if (givenUp > mark) {
            mark = givenUp;
            above.headSet(mark, true).clear();
        }
        while (!above.isEmpty() && above.first() == mark + 1) {
            mark = above.pollFirst();
        }
        if (above.isEmpty()) {
            highest.clear();
        }
    }
}
