package wirewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.AlertSpec;
import wirewatch.config.Location;

class HookProgramTest {
    @TempDir
    Path dir;

    private String path;

    @BeforeEach
    void makeAPathWithOneProgram() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("notify-send"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(bin.resolve("notify-send"), PosixFilePermissions.fromString("rwx------"));
        Files.writeString(bin.resolve("readme"), "not a program\n");
        path = dir.resolve("empty") + ":" + bin;
    }

    private static AlertSpec run(String... argv) {
        return hook(List.of(argv), null);
    }

    private static AlertSpec hook(List<String> argv, @Nullable String shell) {
        return new AlertSpec("desktop", "truce", Set.of("match"), argv, shell, Duration.ofSeconds(30), 0,
                Location.NONE);
    }

    @Test
    void findsAProgramInAnyFolderOfPath() {
        assertEquals(Optional.empty(), HookProgram.missing(run("notify-send", "wirewatch"), path));
    }

    @Test
    void namesAProgramThatIsNowhereOnPath() {
        assertEquals(Optional.of("notify-sned"), HookProgram.missing(run("notify-sned", "wirewatch"), path));
    }

    @Test
    void aFileThatCannotBeRunIsNoProgram() {
        assertEquals(Optional.of("readme"), HookProgram.missing(run("readme"), path));
    }

    @Test
    void aNameWithASlashIsAPathNotLookedUp() {
        String full = dir.resolve("bin/notify-send").toString();
        assertEquals(Optional.empty(), HookProgram.missing(run(full), ""));
        assertEquals(Optional.of("bin/notify-send"), HookProgram.missing(run("bin/notify-send"), path));
    }

    @Test
    void aShellHookIsLeftToTheShell() {
        assertEquals(Optional.empty(), HookProgram.missing(hook(List.of(), "no-such-program \"$WIREWATCH_TITLE\""),
                path));
    }
}
