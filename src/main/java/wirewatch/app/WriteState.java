package wirewatch.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import wirewatch.store.StoreException;

/** Whether the store takes the engine's writes, with the listeners told when that changes. Thread-safe. */
final class WriteState {
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();
    private boolean stopped;

    void add(WriteListener listener) {
        listeners.add(listener);
    }

    synchronized void failed(StoreException cause) {
        if (!stopped) {
            stopped = true;
            listeners.forEach(listener -> listener.stopped(cause));
        }
    }

    synchronized void succeeded() {
        if (stopped) {
            stopped = false;
            listeners.forEach(WriteListener::resumed);
        }
    }
}
