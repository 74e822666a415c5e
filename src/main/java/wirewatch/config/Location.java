package wirewatch.config;

import static java.util.Objects.requireNonNull;

/** A place in a config file, for messages: {@code feeds.yml:14:5}. Lines and columns count from 1. */
public record Location(String file, int line, int column) {
    public static final Location NONE = new Location("", 0, 0);

    public Location {
        requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file.isEmpty() ? "" : file + ":" + line + ":" + column;
    }
}
