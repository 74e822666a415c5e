package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.app.EngineStatus;
import wirewatch.store.Batch;
import wirewatch.store.FeedState;

/** The feeds view: every configured feed with its status, polls and share of 304s; r retries one. */
class FeedsViewTest {
    @TempDir
    Path dir;

    /** Stands in for the engine: records which feeds were asked for. */
    private static final class Polls implements Controls {
        final List<String> asked = new ArrayList<>();

        @Override
        public void refreshNow() {
            asked.add("*");
        }

        @Override
        public void pollNow(String feed) {
            asked.add(feed);
        }

        @Override
        public EngineStatus status() {
            return new EngineStatus(3, 1, null, null, 0, 0, true, null);
        }
    }

    @Test
    void fListsEveryConfiguredFeedWithStatusTimesItemsAndShareOf304s() throws Exception {
        Instant now = Harness.CLOCK.instant();
        try (Harness h = new Harness(dir, 140, 30)) {
            h.options(h.options().withFeeds(List.of("river-post", "meridian-wire", "global-ledger")));
            h.store.commit(new Batch()
                    .feedState(FeedState.fresh("river-post")
                            .polled("\"e1\"", null, now.minusSeconds(600), now.minusSeconds(480), 200, 25)
                            .polled("\"e1\"", null, now.minusSeconds(180), now.plusSeconds(120), 304, 0))
                    .feedState(FeedState.fresh("meridian-wire").failed("HTTP 503 from meridian-wire: Service "
                            + "Unavailable", now.minusSeconds(60), now.plus(Duration.ofMinutes(8)), 503)));

            String screen = h.type("f");

            String river = ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, " river-post"));
            assertTrue(river.contains("ok 304") && river.contains("3 min ago") && river.contains("in 2 min")
                    && river.contains("25") && river.contains("50 %"), river);
            String meridian = ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, " meridian-wire"));
            assertTrue(meridian.contains("HTTP 503") && meridian.contains("1 min ago")
                    && meridian.contains("in 8 min") && meridian.contains("Service Unavailable"), meridian);
            String ledger = ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, " global-ledger"));
            assertTrue(ledger.contains("not yet") && ledger.contains("never"), ledger);
            assertTrue(screen.contains(" wirewatch  feeds"), screen);
            int header = ScreenText.rowOf(h.terminal, "last poll");
            assertEquals(ScreenText.line(h.terminal, header).indexOf("status"), river.indexOf("ok 304"), screen);
        }
    }

    @Test
    void rRetriesTheSelectedFeedAndEscReturnsToTheMatches() throws Exception {
        Polls engine = new Polls();
        try (Harness h = new Harness(dir, 140, 30)) {
            h.options(h.options().withFeeds(List.of("river-post", "meridian-wire")));
            h.controls(engine);
            h.newsroom.morningOfTalks();
            String asked = h.type("fjr");
            assertEquals(List.of("meridian-wire"), engine.asked);
            assertTrue(asked.contains("polling meridian-wire now"), asked);
            String back = h.press(KeyType.Escape);
            assertTrue(back.contains("Watches") && back.contains("Reyk sets conditions"), back);
        }
    }

    @Test
    void helpListsTheFeedsViewAndStillFitsTheSmallestTerminal() throws Exception {
        try (Harness h = new Harness(dir, 80, 24)) {
            String help = h.type("?");
            assertTrue(help.contains("feeds: status, polls, 304s (r retries one)"), help);
            assertTrue(help.contains("Diffs:"), help);
        }
    }
}
