package wirewatch.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL store lives, from {@code postgresql://user@host:port/database}. It never holds a password: one
 * in the address is refused, as the address is shown in messages, logs and process lists. The password comes from
 * {@code PGPASSWORD} or {@code ~/.pgpass}.
 */
public record PgAddress(String user, String host, int port, String database) {
    private static final String SCHEME = "postgresql://";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    public PgAddress {
        requireNonNull(user, "user");
        requireNonNull(host, "host");
        requireNonNull(database, "database");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /** Whether the text names a PostgreSQL store rather than a SQLite file. */
    public static boolean isAddress(String text) {
        return text.startsWith(SCHEME) || text.startsWith("postgres://");
    }

    /** Reads an address; a bad one is a {@link StoreException} that says what is wrong and the form to use. */
    public static PgAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.startsWith("postgres://") ? "postgresql" + text.substring("postgres".length()) : text);
        } catch (URISyntaxException e) {
            throw bad(text, "it is not an address (" + e.getReason() + ")");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new StoreException("the store address " + redact(text) + " holds a password; take it out and "
                    + "put it in PGPASSWORD or ~/.pgpass");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || userInfo == null
                || !NAME.matcher(userInfo).matches() || !NAME.matcher(database).matches()
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw bad(text, "it needs a user, a host and a database, and nothing more");
        }
        return new PgAddress(userInfo, uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(), database);
    }

    private static StoreException bad(String text, String why) {
        return new StoreException("cannot read the store address " + redact(text) + ": " + why + "; write it as "
                + "postgresql://USER@HOST:PORT/DATABASE");
    }

    /** The text with anything between "//" and "@" that has a colon masked, so a password never reaches a message. */
    private static String redact(String text) {
        return text.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@");
    }

    String jdbcUrl() {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + bracketed + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + ":" + port + "/" + database;
    }
}
