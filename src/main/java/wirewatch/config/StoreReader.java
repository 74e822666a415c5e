package wirewatch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code store: {url: postgresql://USER@HOST:PORT/DATABASE}}: a PostgreSQL store instead of the SQLite file.
 * A password in the address is refused, as the config file is no place for one.
 */
final class StoreReader {
    private static final String EXAMPLE = "postgresql://USER@HOST:5432/DATABASE";
    private static final String FIX = "write e.g. store: {url: " + EXAMPLE + "}";

    private StoreReader() {
    }

    static @Nullable String read(MapFields top) throws ConfigException {
        Optional<YamlNode> node = top.node("store");
        if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
            return null;
        }
        MapFields store = new MapFields(MapFields.requireMap(node.get(), "'store'", FIX), "in 'store'",
                List.of("url"));
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
