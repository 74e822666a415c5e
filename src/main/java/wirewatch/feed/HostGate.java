package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness shared by every fetch of a process: at most {@code perHost} requests at once against one host
 * (OkHttp's Dispatcher caps only asynchronous calls; ours are synchronous), and the "not before" deadline a host
 * set with {@code Retry-After}. Hosts are keyed as {@code host:port}. Thread-safe; no lock is held across I/O,
 * and a host's permits are forgotten once no request to it is waiting or running, so the map stays as small as the
 * set of busy hosts.
 */
public final class HostGate {
    private final ConcurrentHashMap<String, Permits> permits = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final int perHost;

    /** A gate letting {@code perHost} requests at once through to each host. */
    public HostGate(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("requests per host must be at least 1, was " + perHost);
        }
        this.perHost = perHost;
    }

    /** When the host asked not to be called before, if that is still after {@code now}. */
    public Optional<Instant> deferredUntil(String host, Instant now) {
        Instant until = notBefore.get(host);
        if (until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(now)) {
            notBefore.remove(host, until);
            return Optional.empty();
        }
        return Optional.of(until);
    }

    /** Records that the host asked not to be called before {@code until}; a later deadline already set wins. */
    void defer(String host, Instant until) {
        requireNonNull(until, "until");
        notBefore.merge(host, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Runs {@code call} once one of the host's permits is free; waits without holding any lock. */
    <T> T through(String host, IoCall<T> call) throws IOException, InterruptedException {
        Permits gate = permits.compute(host, (h, old) -> (old == null ? new Permits(perHost) : old).join());
        try {
            gate.semaphore.acquire();
            try {
                return call.run();
            } finally {
                gate.semaphore.release();
            }
        } finally {
            permits.computeIfPresent(host, (h, old) -> old.leave() ? null : old);
        }
    }

    /** A blocking call that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException, InterruptedException;
    }

    /** A host's semaphore and how many callers hold or wait for it; {@code users} changes only inside compute. */
    private static final class Permits {
        final Semaphore semaphore;
        int users;

        Permits(int perHost) {
            semaphore = new Semaphore(perHost, true);
        }

        Permits join() {
            users++;
            return this;
        }

        boolean leave() {
            return --users == 0;
        }
    }
}
