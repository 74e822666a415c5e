package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatePathsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsFollowXdgVariables() throws Exception {
        Path config = dir.resolve("cfg/wirewatch/feeds.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "feeds: []\n");
        StatePaths paths = StatePaths.resolve(null, null, Map.of("XDG_CONFIG_HOME", dir.resolve("cfg").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString()), dir.resolve("work"), dir.resolve("home"));
        assertEquals(config, paths.config());
        assertEquals(dir.resolve("state/wirewatch/wirewatch.db"), paths.store());
        assertEquals(dir.resolve("state/wirewatch/wirewatch.log"), paths.log());
    }

    @Test
    void userConfigIsUnderXdgConfigHomeElseDotConfig() {
        assertEquals(dir.resolve("cfg/wirewatch/feeds.yml"), StatePaths.userConfig(Map.of("XDG_CONFIG_HOME",
                dir.resolve("cfg").toString()), dir.resolve("home")));
        assertEquals(dir.resolve("home/.config/wirewatch/feeds.yml"), StatePaths.userConfig(Map.of(),
                dir.resolve("home")));
    }

    @Test
    void feedsYmlInTheWorkingDirectoryWins() throws Exception {
        Files.createDirectories(dir.resolve("work"));
        Files.writeString(dir.resolve("work/feeds.yml"), "feeds: []\n");
        StatePaths paths = StatePaths.resolve(null, null, Map.of(), dir.resolve("work"), dir.resolve("home"));
        assertEquals(Path.of("feeds.yml"), paths.config());
        assertEquals(dir.resolve("home/.local/state/wirewatch/wirewatch.db"), paths.store());
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecSays() {
        StatePaths paths = StatePaths.resolve(null, null, Map.of("XDG_STATE_HOME", "relative/state"),
                dir.resolve("work"), dir.resolve("home"));
        assertEquals(dir.resolve("home/.local/state/wirewatch/wirewatch.db"), paths.store());
    }

    @Test
    void optionsOverrideEverything() {
        StatePaths paths = StatePaths.resolve(Path.of("mine.yml"), Path.of("mine.db"), Map.of(), dir, dir);
        assertEquals(Path.of("mine.yml"), paths.config());
        assertEquals(Path.of("mine.db"), paths.store());
    }
}
