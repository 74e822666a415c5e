package wirewatch.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The class-data archive of one jar on one JVM: the classes of a round, loaded, verified and laid out once, so that
 * each start skips that work. Java 17 uses an archive only for the jar path, size and time it was made with, so a
 * moved, copied or rebuilt jar would silently lose it; the archive's name therefore carries a digest of those and of
 * the JVM and its options, and a jar with none that fits writes one on its first run, into the archive folder (the
 * state folder's {@code class-data}, or the {@code wirewatch.class-data} property). The build writes the one for
 * {@code target/wirewatch.jar} beside it. Archives of other jars or JVMs in the folder are removed when a new one is
 * kept, so the folder holds one.
 */
final class ClassDataArchive {
    /** A folder to keep the archive in instead of the state folder (the build names {@code target/}). */
    static final String FOLDER = "wirewatch.class-data";
    private static final String PREFIX = "wirewatch-";
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path file;
    private final boolean exists;
    private final Path written;

    private ClassDataArchive(Path file, boolean exists, Path written) {
        this.file = file;
        this.exists = exists;
        this.written = written;
    }

    /**
     * The archive for this jar, JVM and options: the one beside the jar or in {@code folder} if there is one, else
     * one to write into {@code folder}. Empty when the class path is not a single jar that can be read.
     */
    static Optional<ClassDataArchive> of(String classPath, String jvm, List<String> options, Path folder) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toRealPath();
            String name = PREFIX + digest(jar.toString(), Files.size(jar), Files.getLastModifiedTime(jar).toMillis(),
                    jvm, options) + ".jsa";
            for (Path candidate : List.of(jar.resolveSibling(name), folder.resolve(name))) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(new ClassDataArchive(candidate, true, candidate));
                }
            }
            Path file = folder.toAbsolutePath().resolve(name);
            return Optional.of(new ClassDataArchive(file, false,
                    file.resolveSibling(name + "." + ProcessHandle.current().pid() + ".part")));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The JVM options that use the archive, or that write it at exit when there is none yet. */
    List<String> options() {
        String option = exists ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + written;
        List<String> options = new java.util.ArrayList<>(List.of(option));
        options.addAll(QUIET);
        return options;
    }

    boolean exists() {
        return exists;
    }

    Path file() {
        return file;
    }

    /** Where the JVM writes the archive when there is none yet; it becomes {@link #file()} when {@link #keep}. */
    Path written() {
        return written;
    }

    /** Creates the folder the archive is to be written in; false when it cannot be (then write none). */
    boolean prepare() {
        try {
            Files.createDirectories(written.getParent());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * After the run that wrote it: the written archive takes its name, all at once, so that a JVM starting meanwhile
     * never reads half of one, and the folder's archives of other jars (and parts left by killed runs) go. Quietly does nothing when none was written.
     */
    void keep() {
        if (exists || !Files.isRegularFile(written)) {
            return;
        }
        try {
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (DirectoryStream<Path> others = Files.newDirectoryStream(file.getParent(), PREFIX + "*.jsa*")) {
                for (Path other : others) {
                    if (!other.equals(file)) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } catch (IOException e) {
            // The next start writes one again, and the next archive kept clears what is left: a run does not fail
            // for want of a faster next start.
            return;
        }
    }

    /**
     * 64-bit FNV-1a of the key, in hex. Not a cryptographic digest: loading one costs each start more than the
     * rest of the launcher, and a clash only means an archive the JVM finds unfit and ignores.
     */
    private static String digest(String jar, long size, long modified, String jvm, List<String> options) {
        String key = String.join("\n", jar, Long.toString(size), Long.toString(modified), jvm,
                String.join(" ", options));
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
