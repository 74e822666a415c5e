package wirewatch.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code alerts:} section. Each hook names a configured watch or {@code *}, the event types it wants
 * ({@code match} when not said), and exactly one of {@code run} (an argv list) or {@code shell} (a command line);
 * an optional {@code name} (unique) keys what it is owed across edits of its command.
 */
final class AlertsReader {
    private static final List<String> KEYS = List.of("name", "watch", "on", "run", "shell", "timeout", "retries");
    private static final List<String> EVENT_TYPES = List.of("match", "statement", "revision", "feed_error");
    private static final String ENTRY_FIX = "write each alert as '- watch: my-watch' with 'run: [cmd, arg]' below it";
    private static final String COMMAND_FIX = "add run: [notify-send, wirewatch] or shell: 'cmd \"$WIREWATCH_TITLE\"'";

    private final Set<String> watchNames;

    AlertsReader(Set<String> watchNames) {
        this.watchNames = watchNames;
    }

    List<AlertSpec> read(List<YamlNode> entries) throws ConfigException {
        List<AlertSpec> alerts = new ArrayList<>();
        Map<String, Location> names = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = MapFields.requireMap(entries.get(i), "alert #" + (i + 1), ENTRY_FIX);
            String label = "in alert #" + (i + 1) + map.text("watch").map(w -> " (watch '" + w + "')").orElse("");
            MapFields fields = new MapFields(map, label, KEYS);
            String name = name(fields, alerts, names);
            alerts.add(alert(name, fields, i + 1));
        }
        return alerts;
    }

    /**
     * The alert's {@code name:}, checked and not used before, else the unnamed key of its place among the alerts on
     * its watch (counting named ones, so naming one alert does not rename the others).
     */
    private static String name(MapFields fields, List<AlertSpec> before, Map<String, Location> names)
            throws ConfigException {
        Optional<YamlScalar> given = fields.scalar("name", "desktop");
        if (given.isEmpty()) {
            String watch = fields.required("watch", "my-watch").text();
            return AlertSpec.unnamed(watch, 1 + (int) before.stream().filter(a -> a.watch().equals(watch)).count());
        }
        String name = given.get().text();
        if (!FeedSpec.NAME.matcher(name).matches()) {
            throw ConfigException.at(given.get().location(), "alert name '" + name + "' " + fields.where()
                    + " must use only a-z, 0-9 and '-'; e.g. name: desktop");
        }
        Location first = names.putIfAbsent(name, given.get().location());
        if (first != null) {
            throw ConfigException.at(given.get().location(), "alert name '" + name + "' is already used at " + first
                    + "; give each alert a name of its own");
        }
        return name;
    }

    private AlertSpec alert(String name, MapFields fields, int number) throws ConfigException {
        YamlScalar watch = fields.required("watch", "my-watch");
        if (!watch.text().equals("*") && !watchNames.contains(watch.text())) {
            String otherwise = watchNames.isEmpty()
                    ? "use '*' for every watch, or add a watch named '" + watch.text() + "' under 'watches:'"
                    : "use '*' for every watch; " + KnownNames.list(watchNames, "watches");
            throw ConfigException.at(watch.location(), "alert #" + number + " names unknown watch '" + watch.text()
                    + "'; " + NearestName.suggest(watch.text(), watchNames, otherwise));
        }
        Set<String> on = eventTypes(fields);
        if (fields.node("run").orElse(null) instanceof YamlScalar line && !line.isNull()) {
            throw ConfigException.at(line.location(), "'run' " + fields.where() + " must be a list of the program "
                    + "and its arguments, found " + line.description() + "; write run: [notify-send, wirewatch], "
                    + "or use shell: for a command line");
        }
        List<String> run = fields.texts("run", "[notify-send, wirewatch]").orElse(List.of());
        var shell = fields.scalar("shell", "'notify-send \"$WIREWATCH_TITLE\"'");
        if (fields.has("run") && shell.isPresent()) {
            throw ConfigException.at(fields.keyLocation("shell"), "both 'run' and 'shell' " + fields.where()
                    + "; keep one: run takes an argv list, shell one command line");
        }
        if (fields.has("run") && run.isEmpty()) {
            throw ConfigException.at(fields.keyLocation("run"), "'run' " + fields.where() + " is empty; "
                    + "list the program and its arguments, e.g. run: [notify-send, wirewatch]");
        }
        if (run.isEmpty() && shell.isEmpty()) {
            throw ConfigException.at(fields.location(), "neither 'run' nor 'shell' " + fields.where() + "; "
                    + COMMAND_FIX);
        }
        return new AlertSpec(name, watch.text(), on, run, shell.map(YamlScalar::text).orElse(null),
                fields.duration("timeout", "10s").orElse(AlertSpec.DEFAULT_TIMEOUT),
                fields.integer("retries", 0, "5").orElse(AlertSpec.DEFAULT_RETRIES), fields.location());
    }

    private static Set<String> eventTypes(MapFields fields) throws ConfigException {
        var written = fields.list("on", "[match, revision]");
        if (written.isEmpty()) {
            return Set.of("match");
        }
        if (written.get().isEmpty()) {
            throw ConfigException.at(fields.keyLocation("on"), "'on' " + fields.where() + " is empty; list at "
                    + "least one of " + String.join(", ", EVENT_TYPES) + ", or remove it to get matches");
        }
        Set<String> on = new LinkedHashSet<>();
        for (YamlScalar type : written.get()) {
            if (!EVENT_TYPES.contains(type.text())) {
                throw ConfigException.at(type.location(), "unknown event type '" + type.text() + "' "
                        + fields.where() + "; " + NearestName.suggest(type.text(), EVENT_TYPES,
                                "use " + String.join(", ", EVENT_TYPES)));
            }
            on.add(type.text());
        }
        return on;
    }
}
