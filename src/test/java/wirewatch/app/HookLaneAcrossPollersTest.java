package wirewatch.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static wirewatch.app.NewsServer.DATE;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.config.FeedSpec;
import wirewatch.config.Location;
import wirewatch.config.WatchSpec;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;

/**
 * A hook's lane is leased to one poller, but any poller may commit the events it owes: the holder hears of another
 * poller's commit through the store and delivers it, though it records nothing itself.
 */
class HookLaneAcrossPollersTest {

    @TempDir
    Path dir;

    @Test
    void laneHolderDeliversWhatAnotherPollerCommitted() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        Path log = dir.resolve("pager.log");
        Path hook = Files.writeString(dir.resolve("pager.sh"),
                "#!/bin/sh\necho \"$WIREWATCH_ID\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwx------"));
        AlertSpec pager = new AlertSpec("pager", "*", Set.of("match"), List.of(hook.toString()), null,
                Duration.ofSeconds(30), 0, Location.NONE);
        try (NewsServer site = new NewsServer();
             PostgresStore first = PostgresStore.open(address, Map.of());
             PostgresStore second = PostgresStore.open(address, Map.of())) {
            site.put("/harvest.xml", NewsServer.rss("harvest", NewsServer.item("h-1", "Grain prices steady",
                    "http://127.0.0.1:9/grain", DATE, "<p>Farmers sold the harvest at last year's prices.</p>")));
            site.put("/wire.xml", NewsServer.rss("wire", NewsServer.item("w-1", "Kremlin to study truce plan",
                    "http://127.0.0.1:9/truce", DATE, "<p>The Kremlin said it would study the ceasefire plan.</p>")));
            try (Engine holder = Engine.create(config(site, "harvest", pager), first, Clock.systemUTC(),
                    EngineOptions.defaults())) {
                holder.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> first.pollers().stream()
                        .anyMatch(p -> p.hooks() == 1));
                try (Engine other = Engine.create(config(site, "wire", pager), second, Clock.systemUTC(),
                        EngineOptions.defaults())) {
                    other.runOnce();
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(log)
                        && Files.readAllLines(log).size() == 1);
                await().atMost(Duration.ofSeconds(5)).until(() -> first.pendingDeliveryCount() == 0);
                assertEquals(1, Files.readAllLines(log).size(), "delivered once");
            }
        }
    }

    private static Config config(NewsServer site, String feed, AlertSpec alert) {
        return new Config(Path.of("feeds.yml"), FeedSpec.DEFAULT_EVERY,
                List.of(FeedSpec.of(feed, URI.create(site.url("/" + feed + ".xml")))),
                List.of(WatchSpec.query("truce", "ceasefire")), Map.of(), List.of(alert), List.of(), null,
                Duration.ofSeconds(30));
    }
}
