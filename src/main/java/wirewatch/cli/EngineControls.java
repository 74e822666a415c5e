package wirewatch.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import wirewatch.app.Engine;
import wirewatch.app.EngineStatus;
import wirewatch.app.EventSink;
import wirewatch.tui.Controls;

/**
 * The dashboard's handle on the engine, which is built in the background so the first frame does not wait for
 * Lucene and the HTTP client to load: until the engine is ready, refresh does nothing and the status says so.
 */
final class EngineControls implements Controls {
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private final List<EventSink> sinks = new CopyOnWriteArrayList<>();
    private final int feeds;

    EngineControls(int feeds) {
        this.feeds = feeds;
    }

    /** Hands over the engine once built; sinks added before are attached to it, and it starts polling. */
    void ready(Engine built) {
        sinks.forEach(built::addSink);
        engine.set(built);
        built.start();
    }

    @Override
    public void refreshNow() {
        Engine current = engine.get();
        if (current != null) {
            current.refreshNow();
        }
    }

    @Override
    public void pollNow(String feed) {
        Engine current = engine.get();
        if (current != null) {
            current.pollNow(feed);
        }
    }

    @Override
    public EngineStatus status() {
        Engine current = engine.get();
        return current != null ? current.status()
                : new EngineStatus(feeds, 0, null, null, 0, 0, true, null);
    }

    @Override
    public void addSink(EventSink sink) {
        Engine current = engine.get();
        if (current != null) {
            current.addSink(sink);
        } else {
            sinks.add(sink);
        }
    }
}
