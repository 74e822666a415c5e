package wirewatch.app;

import java.util.List;
import wirewatch.event.Event;

/**
 * Receives events after they are committed to the store, in the order they happened. Called on the engine's
 * publisher thread, one batch at a time: a sink that blocks (tail printing into a full pipe) delays the next
 * batches' delivery, not their recording. {@link Engine#runOnce} returns once the sinks have had the round's events.
 */
@FunctionalInterface
public interface EventSink {
    void accept(List<Event> events);
}
