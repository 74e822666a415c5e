package wirewatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import wirewatch.config.Config;
import wirewatch.config.ConfigException;
import wirewatch.config.ConfigLoader;
import wirewatch.statement.Aliases;

/** The alias table speakers are resolved with: {@code people:} from feeds.yml pinned over what was learned. */
public final class PeopleAliases {
    private PeopleAliases() {
    }

    static Aliases of(Config config, Map<String, String> learned) {
        return Aliases.pinned(config.people()).withLearned(learned);
    }

    /** The pinned aliases of the config file when there is one; none when the file does not exist. */
    public static Aliases fromConfigIfPresent(Path config) throws ConfigException {
        return Aliases.pinned(peopleIfPresent(config));
    }

    /** {@code people:} of the config file (canonical name to pinned aliases); empty when there is no file. */
    public static Map<String, List<String>> peopleIfPresent(Path config) throws ConfigException {
        if (!Files.isRegularFile(config)) {
            return Map.of();
        }
        return ConfigLoader.load(config).people();
    }
}
