package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import wirewatch.config.FeedSpec;
import wirewatch.event.Event;
import wirewatch.store.FeedState;

class RoundRecorderTest {
    private final ExecutorService writer = Pools.fixed("test-writer", 1);
    private final ExecutorService workers = Pools.fixed("test-fetch", 4);

    @AfterEach
    void stop() {
        Pools.stopNow(workers);
        Pools.stopNow(writer);
    }

    @Test
    void recordsEveryFeedOnceWithinTheWindow() {
        List<String> recorded = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger open = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        RoundRecorder round = new RoundRecorder(writer, batch -> {
            open.addAndGet(-batch.size());
            batch.forEach(outcome -> recorded.add(outcome.feed().name()));
            return List.of();
        }, RoundProgress.NONE, 3);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 50; i++) {
                String name = "feed-" + i;
                round.admit();
                workers.execute(() -> round.poll(() -> {
                    most.accumulateAndGet(open.incrementAndGet(), Math::max);
                    return unchanged(name);
                }));
            }
            round.finish();
        });
        assertTrue(most.get() <= 3, "fetched or unrecorded at once: " + most.get());
        assertEquals(50, recorded.size());
        assertEquals(50, recorded.stream().distinct().count());
    }

    @Test
    void aFailedWriteEndsTheRoundWithItsError() {
        IllegalStateException full = new IllegalStateException("store full");
        RoundRecorder round = new RoundRecorder(writer, batch -> {
            throw full;
        }, RoundProgress.NONE, 2);
        IllegalStateException thrown = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IllegalStateException.class, () -> {
                    for (int i = 0; i < 20; i++) {
                        String name = "feed-" + i;
                        round.admit();
                        workers.execute(() -> round.poll(() -> unchanged(name)));
                    }
                    round.finish();
                }));
        assertSame(full, thrown);
    }

    @Test
    void aClosedWriterEndsTheRoundRatherThanHangingIt() {
        Pools.stopNow(writer);
        RoundRecorder round = new RoundRecorder(writer, batch -> List.<Event>of(), RoundProgress.NONE, 2);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            round.admit();
            workers.execute(() -> round.poll(() -> unchanged("feed-0")));
            assertThrows(RuntimeException.class, round::finish);
        });
    }

    private static FeedOutcome unchanged(String name) {
        FeedSpec feed = FeedSpec.of(name, URI.create("http://127.0.0.1/" + name + ".xml"));
        return new FeedOutcome(feed, FeedState.fresh(name), FeedState.fresh(name), List.of(), List.of(), null, null,
                304);
    }
}
