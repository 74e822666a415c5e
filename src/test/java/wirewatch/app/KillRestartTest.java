package wirewatch.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.store.SqliteStore;

/**
 * {@code kill -9} in the middle of a round, then a restart: the store opens cleanly, every match reaches the hook,
 * and only a delivery in flight at the kill may arrive twice. Runs the real command line in a child JVM.
 */
class KillRestartTest {
    private static final int FEEDS = 12;
    private static final int ITEMS = 10;

    @TempDir
    Path dir;

    @Test
    void restartAfterKillDeliversEveryMatchOnce() throws Exception {
        try (NewsServer site = new NewsServer()) {
            int expected = publish(site);
            Path log = dir.resolve("hook.log");
            Path hook = Files.writeString(dir.resolve("hook.sh"), "#!/bin/sh\nsleep 0.2\n{ cat; echo; } >> '" + log
                    + "'\n");
            hook.toFile().setExecutable(true);
            Path config = Files.writeString(dir.resolve("feeds.yml"), config(site, hook));
            Process first = start(config, "tail");
            await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(log).size() >= 3);
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int before = deliveries(log).size();
            assertTrue(before < expected, "the kill came too late to prove anything: " + before + " of " + expected);

            Process second = start(config, "tail", "--once");
            assertTrue(second.waitFor(120, TimeUnit.SECONDS), "restart did not finish");
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("err.log")));

            List<String> ids = deliveries(log);
            Set<String> distinct = new HashSet<>(ids);
            assertEquals(expected, distinct.size(), "distinct match deliveries after restart");
            assertTrue(ids.size() - distinct.size() <= 4, "repeats beyond in-flight ones: " + ids.size());
            try (SqliteStore store = SqliteStore.open(dir.resolve("w.db"))) {
                assertEquals(0, store.pendingDeliveryCount());
                assertEquals(FEEDS * ITEMS, store.counts().articles());
            }
        }
    }

    private static int publish(NewsServer site) {
        int hot = 0;
        for (int f = 0; f < FEEDS; f++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                boolean matches = (f + i) % 3 == 0;
                hot += matches ? 1 : 0;
                String text = "<p>Delegates from both capitals met again on day " + i + " of the talks in Geneva."
                        + (matches ? " The Kremlin said it would study the ceasefire proposal line by line." : "")
                        + "</p><p>\u201CWe are not there yet,\u201D said Anna Berg, a mediator, after the session.</p>";
                items.add(NewsServer.item("f" + f + "-" + i, "Talks day " + i + " from desk " + f,
                        "http://127.0.0.1:9/f" + f + "/" + i, "Fri, 14 Mar 2025 09:30:00 GMT", text));
            }
            site.put("/f" + f + ".xml", NewsServer.rss("Desk " + f, items.toArray(String[]::new)));
        }
        return hot;
    }

    private static String config(NewsServer site, Path hook) {
        StringBuilder yml = new StringBuilder("feeds:\n");
        for (int f = 0; f < FEEDS; f++) {
            yml.append("  - name: desk-").append(f).append("\n    url: ").append(site.url("/f" + f + ".xml"))
                    .append("\n    fulltext: never\n");
        }
        return yml.append("watches:\n  - name: truce\n    query: ceasefire AND Kremlin\n")
                .append("alerts:\n  - watch: '*'\n    on: [match]\n    run: [\"").append(hook).append("\"]\n")
                .toString();
    }

    private Process start(Path config, String... command) throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "wirewatch.cli.Main"));
        argv.addAll(List.of(command));
        argv.addAll(List.of("--config", config.toString(), "--db", dir.resolve("w.db").toString()));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectOutput(dir.resolve("out.log").toFile())
                .redirectError(dir.resolve("err.log").toFile());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        return builder.start();
    }

    private static List<String> deliveries(Path log) throws Exception {
        if (!Files.exists(log)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("{")) {
                JsonNode event = json.readTree(line);
                ids.add(event.get("id").asText());
            }
        }
        return ids;
    }
}
