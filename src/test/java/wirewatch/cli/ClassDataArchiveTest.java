package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    private static final String JVM = "/jdk 17.0.15+6";
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC");

    @TempDir
    Path dir;

    private ClassDataArchive archive(Path jar) {
        return ClassDataArchive.of(jar.toString(), JVM, OPTIONS, dir.resolve("state/class-data")).orElseThrow();
    }

    @Test
    void aJarWithoutOneWritesItsArchiveIntoTheFolderAndUsesItNextTime() throws Exception {
        Path jar = Files.writeString(dir.resolve("wirewatch.jar"), "jar");
        ClassDataArchive first = archive(jar);
        assertFalse(first.exists());
        assertTrue(first.prepare());
        assertTrue(first.options().get(0).startsWith("-XX:ArchiveClassesAtExit=" + first.written()),
                first.options().toString());
        Files.writeString(first.written(), "archive");
        first.keep();
        ClassDataArchive second = archive(jar);
        assertTrue(second.exists());
        assertEquals(List.of("-XX:SharedArchiveFile=" + first.file(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                second.options());
    }

    @Test
    void aMovedJarDoesNotTakeTheArchiveOfItsOldPath() throws Exception {
        Path jar = Files.writeString(dir.resolve("wirewatch.jar"), "jar");
        ClassDataArchive built = archive(jar);
        built.prepare();
        Files.writeString(built.written(), "archive");
        built.keep();
        Path moved = Files.move(jar, Files.createDirectories(dir.resolve("installed")).resolve("wirewatch.jar"));
        ClassDataArchive installed = archive(moved);
        assertFalse(installed.exists());
        assertNotEquals(built.file(), installed.file());
        installed.prepare();
        Files.writeString(installed.written(), "archive");
        installed.keep();
        assertFalse(Files.exists(built.file()), "the old jar's archive stays behind");
    }

    @Test
    void theArchiveTheBuildLeftBesideTheJarIsUsed() throws Exception {
        Path jar = Files.writeString(dir.resolve("wirewatch.jar"), "jar");
        ClassDataArchive expected = ClassDataArchive.of(jar.toString(), JVM, OPTIONS, dir).orElseThrow();
        expected.prepare();
        Files.writeString(expected.written(), "archive");
        expected.keep();
        assertEquals(expected.file(), archive(jar).file());
        assertTrue(archive(jar).exists());
    }

    @Test
    void anotherJvmOrRebuiltJarNeedsItsOwn() throws Exception {
        Path jar = Files.writeString(dir.resolve("wirewatch.jar"), "jar");
        Path name = archive(jar).file().getFileName();
        assertNotEquals(name, ClassDataArchive.of(jar.toString(), "/jdk 21", OPTIONS, dir.resolve("state/class-data"))
                .orElseThrow().file().getFileName());
        Files.writeString(jar, "rebuilt, longer");
        assertNotEquals(name, archive(jar).file().getFileName());
    }

    @Test
    void aClassPathOfSeveralEntriesHasNone() {
        assertEquals(Optional.empty(), ClassDataArchive.of("a.jar" + java.io.File.pathSeparator + "b.jar", JVM,
                OPTIONS, dir));
        assertEquals(Optional.empty(), ClassDataArchive.of("target/classes", JVM, OPTIONS, dir));
    }
}
