package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping with its entries in file order. Repeated keys are kept (YAML forbids them, but the parser lets
 * them through) so that {@link MapFields} can report both lines.
 */
record YamlMap(List<YamlEntry> entries, Location location) implements YamlNode {
    YamlMap {
        entries = List.copyOf(entries);
        requireNonNull(location, "location");
    }

    /** The first entry with this key, if any. */
    Optional<YamlEntry> entry(String key) {
        for (YamlEntry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The text of a scalar value under {@code key}, when there is one; used to name an entry before checking it. */
    Optional<String> text(String key) {
        return entry(key).map(YamlEntry::value)
                .filter(v -> v instanceof YamlScalar s && !s.isNull() && !s.text().isBlank())
                .map(v -> ((YamlScalar) v).text());
    }

    @Override
    public String description() {
        return "a map";
    }
}
