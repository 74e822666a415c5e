package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A validated feeds.yml: every feed has its interval resolved, names are unique, watches and alerts refer to things
 * that exist. {@code people} maps a canonical name to the aliases the user pinned for it. {@code warnings} are
 * one-line messages about what was left out and why (an OPML outline wirewatch cannot poll), for the user to see.
 * {@code storeUrl} is the PostgreSQL store of {@code store: {url: …}}, without a password; absent for the default
 * SQLite file. {@code lease} is how long a poller's lease on a feed or a hook's lane lasts unless renewed
 * ({@code store: {lease: 30s}}), which only a PostgreSQL store shared by several pollers uses.
 */
public record Config(Path file, Duration poll, List<FeedSpec> feeds, List<WatchSpec> watches,
                     Map<String, List<String>> people, List<AlertSpec> alerts, List<String> warnings,
                     @Nullable String storeUrl, Duration lease) {
    public Config {
        requireNonNull(file, "file");
        requireNonNull(poll, "poll");
        requireNonNull(lease, "lease");
        feeds = List.copyOf(feeds);
        watches = List.copyOf(watches);
        people = Map.copyOf(people);
        alerts = List.copyOf(alerts);
        warnings = List.copyOf(warnings);
    }

    /** A config that left nothing out. */
    public Config(Path file, Duration poll, List<FeedSpec> feeds, List<WatchSpec> watches,
                  Map<String, List<String>> people, List<AlertSpec> alerts) {
        this(file, poll, feeds, watches, people, alerts, List.of(), null, StoreReader.DEFAULT_LEASE);
    }

    public static Config of(List<FeedSpec> feeds, List<WatchSpec> watches) {
        return new Config(Path.of("feeds.yml"), FeedSpec.DEFAULT_EVERY, feeds, watches, Map.of(), List.of(),
                List.of(), null, StoreReader.DEFAULT_LEASE);
    }

    public Optional<FeedSpec> feed(String name) {
        return feeds.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<WatchSpec> watch(String name) {
        return watches.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The stories the watches belong to, each once, in name order. */
    public List<String> stories() {
        return watches.stream().map(WatchSpec::story).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The names of the watches in one story. */
    public Set<String> watchesIn(String story) {
        return watches.stream().filter(w -> story.equals(w.story())).map(WatchSpec::name)
                .collect(Collectors.toUnmodifiableSet());
    }

}
