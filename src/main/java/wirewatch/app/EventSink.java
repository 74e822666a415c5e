package wirewatch.app;

import java.util.List;
import wirewatch.event.Event;

/**
 * Receives events after they are committed to the store, in the order they happened. Called on the engine's
 * writer thread: implementations hand off quickly (the dashboard queues a snapshot; tail prints a line).
 */
@FunctionalInterface
public interface EventSink {
    void accept(List<Event> events);
}
