package wirewatch.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import wirewatch.event.Mark;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.SqliteStore;
import wirewatch.tui.Dashboard;
import wirewatch.tui.DashboardOptions;

/**
 * Measures the dashboard on a large archive: fills a store in {@code dir} with generated articles, each matched by
 * one of three watches and every tenth with statements, then times the first frame on a virtual terminal (from
 * opening the store), each keypress (handling plus redraw), and the heap in use with the dashboard open.
 */
public final class DashboardBenchmark {
    private static final String[] WATCHES = {"border-talks", "river-monitors", "truce-watch"};
    private static final String[] OUTLETS = {"meridian-wire", "velmora-herald", "ardesh-today", "river-post",
            "global-ledger"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int BATCH = 2_000;

    /** What one run measured. Key latencies are over {@code keypresses} presses of a mixed key sequence. */
    public record Figures(int articles, Duration fill, Duration firstFrame, Duration keyMedian, Duration keyP99,
                          Duration keyMax, int keypresses, long heapBytes) {
    }

    private DashboardBenchmark() {
    }

    /** Fills a store of {@code articles} in {@code dir} and measures; {@code dir} must be empty. */
    public static Figures run(Path dir, int articles, int keypresses) throws IOException {
        Path file = dir.resolve("bench.db");
        long fillStart = System.nanoTime();
        try (SqliteStore store = SqliteStore.open(file)) {
            fill(store, articles);
        }
        Duration fill = Duration.ofNanos(System.nanoTime() - fillStart);
        Clock clock = Clock.fixed(START.plusSeconds(articles * 30L), ZoneOffset.UTC);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        long openStart = System.nanoTime();
        try (SqliteStore store = SqliteStore.open(file); TerminalScreen screen = new TerminalScreen(terminal)) {
            screen.startScreen();
            Dashboard dashboard = new Dashboard(screen, store, null, DashboardOptions.defaults(clock));
            dashboard.render();
            Duration firstFrame = Duration.ofNanos(System.nanoTime() - openStart);
            List<Long> latencies = new ArrayList<>();
            List<KeyStroke> keys = sequence();
            for (int i = 0; i < keypresses; i++) {
                long start = System.nanoTime();
                dashboard.handle(keys.get(i % keys.size()));
                dashboard.render();
                latencies.add(System.nanoTime() - start);
            }
            long heap = heapInUse();
            Collections.sort(latencies);
            return new Figures(articles, fill, firstFrame, percentile(latencies, 50), percentile(latencies, 99),
                    Duration.ofNanos(latencies.get(latencies.size() - 1)), keypresses, heap);
        }
    }

    private static List<KeyStroke> sequence() {
        List<KeyStroke> keys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            keys.add(new KeyStroke('j', false, false));
        }
        keys.add(new KeyStroke(KeyType.PageDown));
        keys.add(new KeyStroke('k', false, false));
        keys.add(new KeyStroke(KeyType.Enter));
        keys.add(new KeyStroke('j', false, false));
        keys.add(new KeyStroke(KeyType.Escape));
        keys.add(new KeyStroke(KeyType.PageUp));
        keys.add(new KeyStroke('s', false, false));
        keys.add(new KeyStroke('j', false, false));
        keys.add(new KeyStroke('s', false, false));
        keys.add(new KeyStroke(KeyType.ReverseTab));
        keys.add(new KeyStroke('j', false, false));
        keys.add(new KeyStroke(KeyType.Tab));
        keys.add(new KeyStroke('G', false, false));
        keys.add(new KeyStroke('g', false, false));
        keys.add(new KeyStroke('?', false, false));
        keys.add(new KeyStroke(KeyType.Escape));
        return keys;
    }

    private static void fill(SqliteStore store, int articles) {
        for (int from = 0; from < articles; from += BATCH) {
            Batch batch = new Batch();
            for (int i = from; i < Math.min(articles, from + BATCH); i++) {
                add(batch, i);
            }
            store.commit(batch);
        }
    }

    private static void add(Batch batch, int i) {
        String id = "bench-" + i;
        String outlet = OUTLETS[i % OUTLETS.length];
        Instant published = START.plusSeconds(i * 30L);
        String snippet = "Negotiators met again on the Ketra river as the truce talks entered day " + (i / 2880 + 1)
                + ", with monitors expected at crossing " + (i % 40) + ".";
        String body = snippet + " Officials from Ardesh and Velmora described the session as difficult but "
                + "useful, and the mediator said both sides had agreed to meet again.";
        Article article = new Article(id, outlet, id, "https://" + outlet + ".example/" + id,
                "Truce talks on the Ketra, session " + i, body, published, List.of());
        batch.article(new Batch.ArticleWrite(article, "h" + i, null, published, null, false));
        int truce = snippet.indexOf("truce");
        batch.match(new Batch.MatchWrite(WATCHES[i % WATCHES.length], id, published, snippet, List.of("truce"),
                List.of(new Mark(truce, truce + 5)), List.of()));
        if (i % 10 == 0) {
            String speaker = i % 20 == 0 ? "Tomas Reyk" : "Ilse Marant";
            batch.statement(new Batch.StatementWrite(id, speaker, "Both sides agreed to meet again " + (i / 100),
                    Statement.Kind.DIRECT, 0, 10, "g" + i / 100,
                    i % 100 == 0 ? Grouped.Change.NEW : Grouped.Change.VARIANT, published));
        }
    }

    private static Duration percentile(List<Long> sorted, int p) {
        int at = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
        return Duration.ofNanos(sorted.get(Math.max(0, at)));
    }

    private static long heapInUse() {
        Runtime runtime = Runtime.getRuntime();
        // A full collection first, so the figure is what the open dashboard holds, not garbage.
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
