package wirewatch.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code people:} section: canonical name to the aliases the user pins for that person or
 * organisation. An alias pinned to two names is an error, since the extractor could not tell whom it means.
 */
final class PeopleReader {
    private static final String FIX = "write one person a line, e.g. 'Vladimir Putin: [Putin, the Russian leader]'";

    private PeopleReader() {
    }

    static Map<String, List<String>> read(MapFields top) throws ConfigException {
        var node = top.node("people");
        if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
            return Map.of();
        }
        YamlMap map = MapFields.requireMap(node.get(), "'people'", FIX);
        List<String> names = new ArrayList<>();
        map.entries().forEach(e -> names.add(e.key()));
        MapFields people = new MapFields(map, "in 'people'", names);
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, String> ownerOf = new HashMap<>();
        for (String name : names) {
            List<String> pinned = new ArrayList<>();
            for (YamlScalar alias : people.list(name, "[alias, another alias]").orElse(List.of())) {
                String owner = ownerOf.putIfAbsent(alias.text(), name);
                if (owner != null && !owner.equals(name)) {
                    throw ConfigException.at(alias.location(), "alias '" + alias.text() + "' is pinned to both '"
                            + owner + "' and '" + name + "'; keep it under one of them");
                }
                pinned.add(alias.text());
            }
            aliases.put(name, pinned);
        }
        return aliases;
    }
}
