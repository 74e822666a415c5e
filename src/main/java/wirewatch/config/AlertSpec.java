package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One hook: for events of the types in {@code on} about {@code watch} (or {@code *} for all), run either the argv
 * {@code run} (no shell) or the {@code shell} command (through {@code sh -c}). Exactly one of the two is set.
 * {@code name} keys what the hook is owed in the outbox, so it must stay the same when the command is edited: the
 * {@code name:} the config gives, else {@code WATCH#N} for the Nth alert on that watch ({@link #unnamed}).
 */
public record AlertSpec(String name, String watch, Set<String> on, List<String> run, @Nullable String shell,
                        Duration timeout, int retries, Location location) {
    public static final Set<String> EVENT_TYPES = Set.of("match", "statement", "revision", "feed_error");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRIES = 5;

    public AlertSpec {
        requireNonNull(name, "name");
        requireNonNull(watch, "watch");
        if (name.isBlank()) {
            throw new IllegalArgumentException("alert for '" + watch + "' needs a name");
        }
        requireNonNull(timeout, "timeout");
        requireNonNull(location, "location");
        on = Set.copyOf(on);
        run = List.copyOf(run);
        if (run.isEmpty() == (shell == null)) {
            throw new IllegalArgumentException("alert for '" + watch + "' needs exactly one of run or shell");
        }
        if (!EVENT_TYPES.containsAll(on)) {
            throw new IllegalArgumentException("alert for '" + watch + "': unknown event type in " + on);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("alert for '" + watch + "': retries must not be negative");
        }
    }

    /** Whether this hook wants events of {@code type} about {@code watchName} ({@code null} for feed errors). */
    public boolean wants(String type, @Nullable String watchName) {
        return on.contains(type) && ("*".equals(watch) || watch.equals(watchName) || watchName == null);
    }

    /** The name of the {@code position}th alert (from 1) on {@code watch} when the config gives it none. */
    public static String unnamed(String watch, int position) {
        return watch + "#" + position;
    }

    /**
     * The key versions before named hooks gave this hook in the outbox (watch, events and command), so that what
     * a store written by them owes it can be moved to {@link #name}.
     */
    public String legacyKey() {
        return watch + "|" + String.join(",", new TreeSet<>(on)) + "|"
                + (shell != null ? "sh:" + shell : "run:" + String.join("\u0000", run));
    }
}
