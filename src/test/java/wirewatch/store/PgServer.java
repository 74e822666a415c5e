package wirewatch.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests, started once per JVM on a free loopback port in a temporary folder and
 * stopped when the JVM exits. Each test takes a fresh database of its own. Tests that need it skip when the
 * PostgreSQL binaries are not installed. initdb refuses to run as root, so as root the server runs as
 * {@code nobody}.
 */
public final class PgServer {
    private static final String USER = "wirewatch";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PgServer shared;

    private final int port;

    private PgServer(int port) {
        this.port = port;
    }

    /** The server, started on first use; skips the calling test when PostgreSQL is not installed. */
    public static synchronized PgServer shared() throws Exception {
        Optional<Path> bin = binaries();
        assumeTrue(bin.isPresent(), "PostgreSQL is not installed (no initdb): PostgreSQL store tests skipped");
        if (shared == null) {
            shared = start(bin.get());
        }
        return shared;
    }

    /** A new, empty database on the shared server. */
    public PgAddress freshDatabase() throws SQLException {
        String name = "store_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        return new PgAddress(USER, "127.0.0.1", port, name);
    }

    /** Runs statements on the server's maintenance database, as an administrator would. */
    public void admin(String... statements) throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
             Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Runs statements on one database, as another process sharing it would. */
    public void run(PgAddress database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), USER, "");
             Statement sql = c.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static Optional<Path> binaries() throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/local/bin")));
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
            }
        }
        return candidates.stream().filter(dir -> Files.isExecutable(dir.resolve("initdb"))
                && Files.isExecutable(dir.resolve("pg_ctl"))).findFirst();
    }

    private static PgServer start(Path bin) throws Exception {
        Path dir = Files.createTempDirectory("wirewatch-pg-");
        // The server may run as another user, who must be able to make its data folder and socket here.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path data = dir.resolve("data");
        int port = freePort();
        run(dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "--no-locale",
                "-E", "UTF8", "--no-sync");
        run(dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                        + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, dir, data), "pg-stop"));
        return new PgServer(port);
    }

    private static void stop(Path bin, Path dir, Path data) {
        try {
            run(dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (Exception e) {
            System.getLogger(PgServer.class.getName()).log(System.Logger.Level.WARNING, "stopping PostgreSQL", e);
        }
    }

    /** Runs a PostgreSQL program to its end, as {@code nobody} when this JVM runs as root. */
    private static void run(Path dir, String... command) throws Exception {
        List<String> argv = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            argv.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        argv.addAll(List.of(command));
        Path log = dir.resolve("commands.log");
        Process process = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", argv) + " did not finish in 90 s; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", argv) + " failed with " + process.exitValue() + ": "
                    + Files.readString(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
