package wirewatch.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one YAML map read as typed values, for one thing in feeds.yml (a feed, a watch, the top level).
 * Making one checks the map's keys: a repeated key or one not in {@code known} is an error naming its line.
 * Every getter reports a wrong type or a bad value at the value's own line and column, with a fix.
 */
final class MapFields {
    private final YamlMap map;
    private final String where;

    /**
     * @param where how messages name this map, with its preposition: "in feed 'bbc-world'", "at the top level"
     * @param known the keys this map may have, in the order a user would write them
     */
    MapFields(YamlMap map, String where, List<String> known) throws ConfigException {
        this.map = map;
        this.where = where;
        Map<String, YamlEntry> seen = new HashMap<>();
        for (YamlEntry entry : map.entries()) {
            YamlEntry first = seen.putIfAbsent(entry.key(), entry);
            if (first != null) {
                throw ConfigException.at(entry.keyLocation(), "key '" + entry.key() + "' appears twice " + where
                        + " (also at line " + first.keyLocation().line() + "); keep one of them");
            }
            if (!known.contains(entry.key())) {
                throw ConfigException.at(entry.keyLocation(), "unknown key '" + entry.key() + "' " + where + "; "
                        + NearestName.suggest(entry.key(), known, "known keys are " + String.join(", ", known)));
            }
        }
    }

    /** The map itself as one YAML value must be, or a wrong-type error naming what was found. */
    static YamlMap requireMap(YamlNode node, String what, String fix) throws ConfigException {
        if (node instanceof YamlMap map) {
            return map;
        }
        throw ConfigException.at(node.location(), what + " must be a map of 'key: value' lines, found "
                + node.description() + "; " + fix);
    }

    String where() {
        return where;
    }

    Location location() {
        return map.location();
    }

    boolean has(String key) {
        return map.entry(key).isPresent();
    }

    Location keyLocation(String key) {
        return map.entry(key).map(YamlEntry::keyLocation).orElse(map.location());
    }

    /** The value under {@code key}; absent when the key is missing. A key with no value is still present. */
    Optional<YamlNode> node(String key) {
        return map.entry(key).map(YamlEntry::value);
    }

    /** A single value under {@code key}; a key with no value or a list or map there is an error. */
    Optional<YamlScalar> scalar(String key, String example) throws ConfigException {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scalarOf(node.get(), "'" + key + "' " + where, "write e.g. " + key + ": " + example));
    }

    /** The non-blank text under {@code key}, or an error saying to add it. */
    YamlScalar required(String key, String example) throws ConfigException {
        Optional<YamlScalar> value = scalar(key, example);
        if (value.isEmpty()) {
            throw ConfigException.at(map.location(), "missing '" + key + "' " + where + "; add '" + key + ": "
                    + example + "'");
        }
        return value.get();
    }

    Optional<String> text(String key, String example) throws ConfigException {
        return scalar(key, example).map(YamlScalar::text);
    }

    /**
     * The values under {@code key}: a list of single values, or one value standing for a list of one. No value
     * at all is an empty list.
     */
    Optional<List<YamlScalar>> list(String key, String example) throws ConfigException {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String what = "'" + key + "' " + where;
        String fix = "write a list such as " + key + ": " + example;
        if (node.get() instanceof YamlScalar one) {
            return Optional.of(one.isNull() ? List.of() : List.of(nonBlank(one, what, fix)));
        }
        if (!(node.get() instanceof YamlList list)) {
            throw ConfigException.at(node.get().location(), what + " must be a list, found "
                    + node.get().description() + "; " + fix);
        }
        List<YamlScalar> items = new ArrayList<>();
        for (YamlNode item : list.items()) {
            items.add(scalarOf(item, "each item of " + what, fix));
        }
        return Optional.of(items);
    }

    Optional<List<String>> texts(String key, String example) throws ConfigException {
        Optional<List<YamlScalar>> items = list(key, example);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get().stream().map(YamlScalar::text).toList());
    }

    /**
     * The entries of a section such as {@code feeds:}: a list of anything. A missing key or one with no value is
     * an empty section.
     */
    List<YamlNode> items(String key, String fix) throws ConfigException {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
            return List.of();
        }
        if (node.get() instanceof YamlList list) {
            return list.items();
        }
        throw ConfigException.at(node.get().location(), "'" + key + "' " + where + " must be a list, found "
                + node.get().description() + "; " + fix);
    }

    /** A positive duration under {@code key}, like {@code 5m}. */
    Optional<Duration> duration(String key, String example) throws ConfigException {
        Optional<YamlScalar> value = scalar(key, example);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Duration duration;
        try {
            duration = Durations.parse(value.get().text());
        } catch (IllegalArgumentException e) {
            throw ConfigException.at(value.get().location(), "bad '" + key + "' " + where + ": " + e.getMessage());
        }
        if (duration.isZero()) {
            throw ConfigException.at(value.get().location(), "'" + key + "' " + where
                    + " must be longer than zero; write e.g. " + key + ": " + example);
        }
        return Optional.of(duration);
    }

    /** A whole number of at least {@code min} under {@code key}. */
    Optional<Integer> integer(String key, int min, String example) throws ConfigException {
        Optional<YamlScalar> value = scalar(key, example);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.get().text().strip());
            if (n >= min) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below with the range, which is what the user needs to know
        }
        throw ConfigException.at(value.get().location(), "'" + key + "' " + where + " must be a whole number of "
                + min + " or more, found '" + value.get().text() + "'; write e.g. " + key + ": " + example);
    }

    private static YamlScalar scalarOf(YamlNode node, String what, String fix) throws ConfigException {
        if (node instanceof YamlScalar scalar) {
            return nonBlank(scalar, what, fix);
        }
        throw ConfigException.at(node.location(), what + " must be a single value, found " + node.description()
                + "; " + fix);
    }

    private static YamlScalar nonBlank(YamlScalar scalar, String what, String fix) throws ConfigException {
        if (scalar.isNull() || scalar.text().isBlank()) {
            throw ConfigException.at(scalar.location(), what + " has no value; " + fix);
        }
        return scalar;
    }
}
