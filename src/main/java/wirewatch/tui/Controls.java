package wirewatch.tui;

import wirewatch.app.EngineStatus;
import wirewatch.app.EventSink;

/**
 * What the dashboard may ask of the process that polls: a round now, and its status for the status line. A
 * read-only dashboard (a second one on the same store) has none. Both methods are called on the screen thread
 * and must return at once: {@link #refreshNow()} only schedules a round, {@link #status()} reads a snapshot.
 */
public interface Controls {
    /** Schedules a poll of every feed now; feeds already being polled are left alone. */
    void refreshNow();

    /** Schedules a poll of one feed now, keeping the backoff of a failing one. */
    default void pollNow(String feed) {
        refreshNow();
    }

    /** The engine's current status. */
    EngineStatus status();

    /** Subscribes the dashboard to committed events, so they show without waiting for its next look at the store. */
    default void addSink(EventSink sink) {
    }
}
