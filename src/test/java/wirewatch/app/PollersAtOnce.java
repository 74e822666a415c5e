package wirewatch.app;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import wirewatch.config.Config;
import wirewatch.store.Store;

/**
 * Two pollers, each an engine on its own handle of one store, running one round at the same moment: the site holds
 * their feeds (under {@code held}) until both have asked for theirs, then answers both at once.
 */
final class PollersAtOnce {
    private PollersAtOnce() {
    }

    static void round(NewsServer site, String held, CountDownLatch release, Config a, Store first, Config b,
                      Store second) throws Exception {
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try (Engine one = Engine.create(a, first, Clock.systemUTC(), EngineOptions.defaults());
             Engine other = Engine.create(b, second, Clock.systemUTC(), EngineOptions.defaults())) {
            Future<?> polledOne = pollers.submit(() -> one.runOnce());
            Future<?> polledOther = pollers.submit(() -> other.runOnce());
            await().atMost(Duration.ofSeconds(30)).until(() -> site.requestsUnder(held) == 2);
            release.countDown();
            polledOne.get(60, TimeUnit.SECONDS);
            polledOther.get(60, TimeUnit.SECONDS);
        } finally {
            pollers.shutdownNow();
        }
    }
}
