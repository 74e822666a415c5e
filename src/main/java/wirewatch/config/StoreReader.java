package wirewatch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code store: {url: postgresql://USER@HOST:PORT/DATABASE, lease: 30s}}: a PostgreSQL store instead of the
 * SQLite file, and how long a poller's lease on a feed or a hook lasts unless renewed (how soon a dead poller's work
 * moves on). A password in the address is refused, as the config file is no place for one.
 */
final class StoreReader {
    private static final String EXAMPLE = "postgresql://USER@HOST:5432/DATABASE";
    private static final String FIX = "write e.g. store: {url: " + EXAMPLE + "}";

    /** A lease outlives a stall of the poller's heartbeat thread and still moves a dead poller's work on soon. */
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private StoreReader() {
    }

    /** The store's address ({@code null}: the SQLite file) and the leases' term. */
    record Read(@Nullable String url, Duration lease) {
    }

    static Read read(MapFields top) throws ConfigException {
        Optional<YamlNode> node = top.node("store");
        if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
            return new Read(null, DEFAULT_LEASE);
        }
        MapFields store = new MapFields(MapFields.requireMap(node.get(), "'store'", FIX), "in 'store'",
                List.of("url", "lease"));
        // Durations are whole seconds and never zero, so a lease is at least 1s, as PgLeases needs.
        Duration lease = store.duration("lease", "30s").orElse(DEFAULT_LEASE);
        return new Read(url(store), lease);
    }

    private static String url(MapFields store) throws ConfigException {
        YamlScalar url = store.required("url", EXAMPLE);
        String text = url.text();
        if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
            throw ConfigException.at(url.location(), "'url' in 'store' must be a PostgreSQL address such as "
                    + EXAMPLE + "; leave 'store' out to keep the SQLite file");
        }
        String userInfo;
        try {
            userInfo = new URI(text).getRawUserInfo();
        } catch (URISyntaxException e) {
            throw ConfigException.at(url.location(), "'url' in 'store' is not an address (" + e.getReason()
                    + "); write it as " + EXAMPLE);
        }
        if (userInfo != null && userInfo.contains(":")) {
            throw ConfigException.at(url.location(), "'url' in 'store' holds a password; take it out and put it in "
                    + "PGPASSWORD or ~/.pgpass");
        }
        return text;
    }
}
