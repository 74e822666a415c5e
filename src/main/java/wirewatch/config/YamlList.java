package wirewatch.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A YAML sequence, block ({@code - item} lines) or flow ({@code [a, b]}). */
record YamlList(List<YamlNode> items, Location location) implements YamlNode {
    YamlList {
        items = List.copyOf(items);
        requireNonNull(location, "location");
    }

    @Override
    public String description() {
        return "a list";
    }
}
