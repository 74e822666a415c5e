package wirewatch.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code watches:} section. A watch has a unique name and either a {@code query} or the shorthand
 * {@code all}/{@code any}/{@code none}/{@code near}, never both; {@code feeds} may only name configured feeds.
 * An optional {@code story} groups watches. The query itself is not parsed here: the match package does that and reports errors at the watch's location.
 */
final class WatchesReader {
    private static final List<String> KEYS = List.of("name", "query", "all", "any", "none", "near", "feeds", "story");
    private static final List<String> SHORTHAND = List.of("all", "any", "none", "near");
    private static final String ENTRY_FIX = "write each watch as '- name: my-watch' with 'query: …' below it";

    private final Set<String> feedNames;

    WatchesReader(Set<String> feedNames) {
        this.feedNames = feedNames;
    }

    List<WatchSpec> read(List<YamlNode> entries) throws ConfigException {
        List<WatchSpec> watches = new ArrayList<>();
        Map<String, Location> nameAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = MapFields.requireMap(entries.get(i), "watch #" + (i + 1), ENTRY_FIX);
            String label = map.text("name").map(n -> "in watch '" + n + "'").orElse("in watch #" + (i + 1));
            MapFields fields = new MapFields(map, label, KEYS);
            YamlScalar name = fields.required("name", "ceasefire-talks");
            requireVisible(name, "a watch name");
            if (name.text().strip().equals("*")) {
                throw ConfigException.at(name.location(), "'*' cannot name a watch: alerts use it for every watch; "
                        + "choose another name");
            }
            Location first = nameAt.putIfAbsent(name.text(), name.location());
            if (first != null) {
                throw ConfigException.at(name.location(), "duplicate watch name '" + name.text() + "' (also at line "
                        + first.line() + "); rename one of them");
            }
            watches.add(watch(name.text(), fields).withStory(story(fields)));
        }
        return watches;
    }

    /**
     * A watch name is printed by {@code tail} and {@code check} and put in hook variables: a control character
     * (an escape that recolours the terminal) or an invisible format character (a bidirectional override that
     * reverses what follows) would act on the screen instead of showing.
     */
    private static void requireVisible(YamlScalar name, String what) throws ConfigException {
        String text = name.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw ConfigException.at(name.location(), String.format("%s cannot contain the "
                        + "invisible character U+%04X (character %d of the name); use letters, digits and dashes",
                        what, (int) c, i + 1));
            }
        }
    }

    /** The story the watch belongs to: shown as a heading in the dashboard, followed by {@code tail --story}. */
    private static @Nullable String story(MapFields fields) throws ConfigException {
        var story = fields.scalar("story", "ukraine-talks");
        if (story.isEmpty()) {
            return null;
        }
        requireVisible(story.get(), "a story name");
        if (story.get().text().isBlank()) {
            throw ConfigException.at(story.get().location(), "empty story " + fields.where()
                    + "; name the story, e.g. story: ukraine-talks, or remove the key");
        }
        return story.get().text().strip();
    }

    private WatchSpec watch(String name, MapFields fields) throws ConfigException {
        List<String> only = feeds(fields);
        var query = fields.scalar("query", "'ceasefire AND Kremlin'");
        if (query.isPresent()) {
            for (String key : SHORTHAND) {
                if (fields.has(key)) {
                    throw ConfigException.at(fields.keyLocation(key), "watch '" + name + "' has both 'query' and '"
                            + key + "'; use one form: a query, or the all/any/none/near shorthand");
                }
            }
            return new WatchSpec(name, query.get().text(), List.of(), List.of(), List.of(), 0, only,
                    query.get().location());
        }
        return shorthand(name, fields, only);
    }

    private WatchSpec shorthand(String name, MapFields fields, List<String> only) throws ConfigException {
        List<String> all = fields.texts("all", "[ceasefire, Kremlin]").orElse(List.of());
        List<String> any = fields.texts("any", "[Witkoff, Rubio]").orElse(List.of());
        List<String> none = fields.texts("none", "[football]").orElse(List.of());
        if (all.isEmpty() && any.isEmpty()) {
            String problem = none.isEmpty() ? "has no rule" : "has only 'none' terms, which match nothing alone";
            throw ConfigException.at(fields.location(), "watch '" + name + "' " + problem
                    + "; add query: 'ceasefire AND Kremlin' or all: [ceasefire, Kremlin]");
        }
        int near = fields.integer("near", 1, "40").orElse(0);
        if (near > 0 && all.size() < 2) {
            throw ConfigException.at(fields.keyLocation("near"), "'near' " + fields.where()
                    + " needs at least two 'all' terms to keep close together; add a term to 'all' or remove 'near'");
        }
        return new WatchSpec(name, null, all, any, none, near, only, fields.location());
    }

    private List<String> feeds(MapFields fields) throws ConfigException {
        List<String> names = new ArrayList<>();
        for (YamlScalar feed : fields.list("feeds", "[bbc-world, guardian-world]").orElse(List.of())) {
            if (!feedNames.contains(feed.text())) {
                throw ConfigException.at(feed.location(), "unknown feed '" + feed.text() + "' " + fields.where()
                        + "; " + KnownNames.suggest(feed.text(), feedNames, "feeds"));
            }
            names.add(feed.text());
        }
        return names;
    }
}
