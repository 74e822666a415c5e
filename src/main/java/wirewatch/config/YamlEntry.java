package wirewatch.config;

import static java.util.Objects.requireNonNull;

/** One {@code key: value} pair of a YAML map, with where the key was written. */
record YamlEntry(String key, Location keyLocation, YamlNode value) {
    YamlEntry {
        requireNonNull(key, "key");
        requireNonNull(keyLocation, "keyLocation");
        requireNonNull(value, "value");
    }
}
