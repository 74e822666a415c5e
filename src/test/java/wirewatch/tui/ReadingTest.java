package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.store.WatchCount;

/** Reading through the news: what is seen, and moving to what is not, read back from a virtual terminal. */
class ReadingTest {
    @TempDir
    Path dir;

    private static String row(Harness h, String title) {
        return ScreenText.line(h.terminal, ScreenText.rowOf(h.terminal, title));
    }

    @Test
    void articleMarkedSeenUnderOneWatchIsSeenUnderTheOther() throws Exception {
        try (Harness h = new Harness(dir, 100, 30)) {
            h.newsroom.morningOfTalks();
            Article newest = h.store.article("a3").orElseThrow().article();
            h.newsroom.alsoMatched("monitors", newest, "river");
            h.render();
            h.type("m");
            String screen = h.type("hk");
            assertTrue(screen.contains("Matches · monitors"), screen);
            assertFalse(row(h, "Reyk sets conditions").contains("●"), screen);
            assertEquals(List.of(new WatchCount("monitors", 1, 0), new WatchCount("truce-talks", 3, 2)),
                    h.store.watchCounts());
        }
    }
}
