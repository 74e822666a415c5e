package wirewatch.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where wirewatch finds its config and keeps its state (DESIGN section 7): config {@code ./feeds.yml}, else
 * {@code $XDG_CONFIG_HOME/wirewatch/feeds.yml}; store {@code $XDG_STATE_HOME/wirewatch/wirewatch.db}; the log beside
 * it. XDG variables default to {@code ~/.config} and {@code ~/.local/state}. Reads the environment it is given.
 */
public record StatePaths(Path config, Path store, Path log) {

    /** Resolves the paths from the environment, honouring {@code --config} and {@code --db} when given. */
    public static StatePaths resolve(@Nullable Path configOption, @Nullable Path dbOption, Map<String, String> env,
                                     Path workingDir, Path home) {
        Path config = configOption != null ? configOption : defaultConfig(env, workingDir, home);
        Path stateDir = xdg(env, "XDG_STATE_HOME", home.resolve(".local/state")).resolve("wirewatch");
        Path store = dbOption != null ? dbOption : stateDir.resolve("wirewatch.db");
        return new StatePaths(config, store, stateDir.resolve("wirewatch.log"));
    }

    private static Path defaultConfig(Map<String, String> env, Path workingDir, Path home) {
        Path local = workingDir.resolve("feeds.yml");
        if (Files.isRegularFile(local)) {
            return Path.of("feeds.yml");
        }
        Path xdg = userConfig(env, home);
        return Files.isRegularFile(xdg) ? xdg : Path.of("feeds.yml");
    }

    /** The user's config file, whether it exists or not: {@code $XDG_CONFIG_HOME/wirewatch/feeds.yml}. */
    public static Path userConfig(Map<String, String> env, Path home) {
        return xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("wirewatch/feeds.yml");
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative values are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
