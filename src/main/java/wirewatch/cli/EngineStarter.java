package wirewatch.cli;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import wirewatch.app.Engine;
import wirewatch.app.EngineOptions;
import wirewatch.config.Config;
import wirewatch.store.Store;

/**
 * Builds the dashboard's engine on a background thread, so the first frame does not wait for Lucene and the HTTP
 * client to load, and closes it when the dashboard is done. Used by the screen thread only.
 */
final class EngineStarter implements AutoCloseable {
    private final Config config;
    private final Store store;
    private final Clock clock;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "engine-start");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Engine> engine = new AtomicReference<>();

    EngineStarter(Config config, Store store, Clock clock) {
        this.config = config;
        this.store = store;
        this.clock = clock;
    }

    /** Starts building the engine on the (writable) store; the controls work once it is built. */
    EngineControls start() {
        EngineControls controls = new EngineControls(config.feeds().size());
        starter.submit(() -> {
            engine.set(Engine.create(config, store, clock, EngineOptions.defaults()));
            controls.ready(engine.get());
            return null;
        });
        return controls;
    }

    @Override
    public void close() throws InterruptedException {
        starter.shutdownNow();
        starter.awaitTermination(5, TimeUnit.SECONDS);
        Engine built = engine.get();
        if (built != null) {
            built.close();
        }
    }
}
