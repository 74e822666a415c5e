package wirewatch.app;

import java.time.Duration;
import wirewatch.feed.HttpLimits;

/**
 * How hard the engine works: fetch threads, HTTP limits (timeouts, sizes, requests per host), whether it runs
 * hooks, and how long {@code tail --once} waits for owed hook deliveries.
 */
public record EngineOptions(int fetchThreads, HttpLimits limits, boolean hooks, Duration drainLimit) {
    public EngineOptions {
        if (fetchThreads < 1) {
            throw new IllegalArgumentException("fetchThreads must be positive, was " + fetchThreads);
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(32, HttpLimits.defaults().withMaxPerHost(16), true, Duration.ofMinutes(10));
    }

    public EngineOptions withHooks(boolean run) {
        return new EngineOptions(fetchThreads, limits, run, drainLimit);
    }

    public EngineOptions withLimits(HttpLimits http) {
        return new EngineOptions(fetchThreads, http, hooks, drainLimit);
    }
}
