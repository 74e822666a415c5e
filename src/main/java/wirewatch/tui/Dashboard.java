package wirewatch.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.app.EngineStatus;
import wirewatch.app.EventSink;
import wirewatch.config.ConfigException;
import wirewatch.store.ArchiveCounts;
import wirewatch.store.ChangeFeed;
import wirewatch.store.MatchRow;
import wirewatch.store.Store;

/**
 * The dashboard: watches on the left, the selected watch's matches beside them, the selected article below (or to
 * the right on wide terminals), a status line, a help overlay and a statements view. It renders what it pages
 * from the store and never touches the network; new events show without a keypress and without moving the
 * selection.
 *
 * <p>One thread owns an instance and its {@link Screen}: {@link #run} does, and tests call {@link #render()} and
 * {@link #handle(KeyStroke)} themselves. Only {@link #events()} may be called from other threads.
 */
public final class Dashboard {
    private static final System.Logger LOG = System.getLogger(Dashboard.class.getName());
    private static final Duration IDLE_REDRAW = Duration.ofSeconds(1);
    private static final long STATUS_EVERY_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long COUNTS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    private final Screen screen;
    private final Store store;
    private @Nullable Controls controls;
    private @Nullable Takeover takeover;
    private final DashboardOptions options;
    private final Canvas canvas;
    private final LiveUpdates live = new LiveUpdates();
    private final WatchList watches;
    private final MatchList matches;
    private final DetailLoader details;
    private final StatementsView statements;
    private final FeedsView feeds;
    private final KeyHandler keys;
    private final Instant openedAt;
    private final Browser browser;
    private final Seen seen;

    private boolean loaded;
    /** Whether news of every commit wakes this dashboard, so it reads the store only when woken. */
    private boolean pushed;
    private long lastSeq = -1;
    private long generation;
    private ArchiveCounts counts = new ArchiveCounts(0, 0, 0, 0);
    private EngineStatus status = EngineStatus.readOnly(0);
    private long statusReadAt = Long.MIN_VALUE;
    private long countsReadAt;
    private boolean countsStale;
    private long lastDraw = System.nanoTime();
    private String lastView = "";
    /** A message from another thread (a browser that failed after it started), shown at the next frame. */
    private final java.util.concurrent.atomic.AtomicReference<@Nullable String> late =
            new java.util.concurrent.atomic.AtomicReference<>();

    Focus focus = Focus.MATCHES;
    boolean expanded;
    boolean help;
    boolean statementsShown;
    boolean feedsShown;
    int articleScroll;
    @Nullable StringBuilder prompt;
    /** Whether the prompt takes a rule to search the archive with, not a filter. */
    boolean searchPrompt;
    /** Set by Ctrl-L: the next frame is sent whole. */
    boolean redrawAll;
    private @Nullable String message;

    /** A dashboard drawing on a started screen; the caller owns (and stops) the screen. */
    public Dashboard(Screen screen, Store store, @Nullable Controls controls, DashboardOptions options) {
        this.screen = screen;
        this.store = store;
        this.controls = controls;
        this.options = options;
        this.canvas = new Canvas(screen, new Palette(options.color()));
        this.watches = new WatchList(options.watches(), options.stories());
        this.matches = new MatchList(store);
        this.details = new DetailLoader(store);
        this.statements = new StatementsView(store);
        this.feeds = new FeedsView(store);
        this.keys = new KeyHandler(this);
        this.openedAt = options.clock().instant();
        this.browser = new Browser(options.browser(), options.browserInTerminal());
        this.seen = new Seen(this, store, watches, matches);
    }

    /**
     * Runs the dashboard on a terminal until {@code q} or Ctrl-C, then restores the terminal (the caller closes
     * it). With {@code controls} it subscribes to their events and {@code r} polls; without, it is a read-only view.
     * Either way it follows what other processes commit to the store: woken by the store's {@link ChangeFeed} where
     * it pushes news (PostgreSQL), else looking at the store as it redraws, at least every second (SQLite).
     */
    public static void run(Terminal terminal, Store store, @Nullable Controls controls, DashboardOptions options)
            throws IOException {
        try (TerminalScreen screen = new TerminalScreen(terminal)) {
            screen.startScreen();
            screen.setCursorPosition(null);
            Dashboard dashboard = new Dashboard(screen, store, controls, options);
            if (controls != null) {
                controls.addSink(dashboard.events());
            }
            // Other processes commit too: a reader's writer, or the other pollers sharing a PostgreSQL store.
            try (ChangeFeed changes = dashboard.followStore()) {
                dashboard.loop();
            }
        }
    }

    /** Runs read-only, as {@link #run}, until {@code takeover} gives controls: from then on it polls. */
    public static void runReadOnly(Terminal terminal, Store store, Takeover takeover, DashboardOptions options)
            throws IOException {
        try (TerminalScreen screen = new TerminalScreen(terminal)) {
            screen.startScreen();
            screen.setCursorPosition(null);
            Dashboard dashboard = new Dashboard(screen, store, null, options).takingOver(takeover);
            try (ChangeFeed changes = dashboard.followStore()) {
                dashboard.loop();
            }
        }
    }

    /** Takes over polling at the next frame when the store's writer has gone (a read-only dashboard only). */
    public Dashboard takingOver(Takeover when) {
        takeover = when;
        return this;
    }

    /**
     * The user's terminal, with Ctrl-C delivered as a key (so the dashboard quits through the same path as
     * {@code q} and restores the terminal) and never a Swing window in place of a missing terminal.
     */
    public static Terminal openTerminal() throws IOException {
        return new DefaultTerminalFactory().setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP).createTerminal();
    }

    /** The sink to hand to the engine: committed events wake the screen thread, which re-reads the store. */
    public EventSink events() {
        return live;
    }

    /**
     * Follows commits by other processes on the store: where it pushes news, the dashboard reads the store only when
     * woken (and when keys ask). The caller closes the feed.
     */
    ChangeFeed followStore() {
        ChangeFeed changes = store.changes(live);
        pushed = changes.pushes();
        return changes;
    }

    /** Waits up to {@code most} for news of commits; returns whether it came. */
    boolean awaitNews(Duration most) throws InterruptedException {
        return live.await(most);
    }

    private void loop() throws IOException {
        render();
        try {
            while (true) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    if (live.await(Duration.ofMillis(25)) || idleRedrawDue()) {
                        render();
                    }
                    continue;
                }
                do {
                    if (!handle(key)) {
                        return;
                    }
                    key = screen.pollInput();
                } while (key != null);
                render();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean idleRedrawDue() {
        return System.nanoTime() - lastDraw >= IDLE_REDRAW.toNanos();
    }

    /** Applies a key; returns false when the dashboard should close. Errors go to the log and the status line. */
    public boolean handle(KeyStroke key) {
        try {
            if (!loaded) {
                follow();
            }
            return keys.handle(key);
        } catch (RuntimeException e) {
            fail("that key failed", e);
            return true;
        }
    }

    /** Reads what changed in the store, draws the frame and sends the changed cells to the terminal. */
    public void render() throws IOException {
        lastDraw = System.nanoTime();
        TerminalSize resized = screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        try {
            follow();
            if (Layout.fits(size)) {
                draw(size);
            } else {
                tooSmall(size);
            }
        } catch (RuntimeException e) {
            fail("drawing failed", e);
        }
        screen.refresh(wholeFrame(resized != null) ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /**
     * Whether to send every cell rather than the changed ones: after a resize, on Ctrl-L, and when the view changes.
     * A terminal that draws a character wider or narrower than Lanterna counts it (an ambiguous-width symbol, say)
     * keeps what Lanterna believes already blank, and only a whole frame clears that.
     */
    private boolean wholeFrame(boolean resized) {
        String view = statementsShown + "/" + feedsShown + "/" + expanded + "/" + help;
        boolean changed = !view.equals(lastView);
        lastView = view;
        boolean whole = resized || redrawAll || changed;
        redrawAll = false;
        return whole;
    }

    /**
     * Picks up events committed since the last look, by this process's engine or another one. The visible page is
     * re-read at once; the counts, which scan the archive, at most every {@link #COUNTS_EVERY_NANOS}, so a busy
     * engine never makes a keypress wait behind them.
     */
    private void follow() {
        claim();
        boolean news = live.take() > 0;
        String browserNews = late.getAndSet(null);
        if (browserNews != null) {
            message = browserNews;
        }
        long now = System.nanoTime();
        if (!loaded) {
            loaded = true;
            lastSeq = store.lastEventSeq();
            reloadCounts(now);
            watchChanged();
        } else if (news || !pushed) {
            pageChanges(store.lastEventSeq());
        }
        if (countsStale && now - countsReadAt >= COUNTS_EVERY_NANOS) {
            reloadCounts(now);
        }
        if (now - statusReadAt >= STATUS_EVERY_NANOS || statusReadAt == Long.MIN_VALUE) {
            statusReadAt = now;
            status = controls != null ? controls.status() : EngineStatus.readOnly(counts.failedDeliveries());
            if (feedsShown) {
                // A poll answered 304 writes no event: the feeds are re-read on the status line's beat.
                feeds.reload(options.feeds());
            }
        }
    }

    private void claim() {
        Takeover waiting = takeover;
        if (controls != null || waiting == null) {
            return;
        }
        Controls taken = waiting.tryNow();
        if (taken != null) {
            takeover = null;
            controls = taken;
            taken.addSink(live);
            statusReadAt = Long.MIN_VALUE;
            message = "the other wirewatch has stopped: this one polls now";
        }
    }

    /** Re-reads the visible page if events were committed since the last look, and marks the counts stale. */
    private void pageChanges(long seq) {
        if (seq == lastSeq) {
            return;
        }
        lastSeq = seq;
        generation++;
        countsStale = true;
        matches.refresh();
        if (statementsShown) {
            statements.reload();
        }
    }

    private void reloadCounts(long now) {
        countsStale = false;
        countsReadAt = now;
        String before = watches.selected();
        watches.reload(store);
        if (!java.util.Objects.equals(before, watches.selected())) {
            matches.show(watches.selected(), matches.filter());
        }
        counts = store.counts();
    }

    private void draw(TerminalSize size) {
        Layout layout = Layout.of(size, expanded);
        TimeLabel times = new TimeLabel(options.zone(), options.clock().instant());
        canvas.line(layout.header(), 0, header(), false);
        Rect body = new Rect(0, 1, size.getColumns(), size.getRows() - 2);
        if (feedsShown) {
            feeds.draw(canvas, body, options.clock().instant());
        } else if (statementsShown) {
            statements.draw(canvas, body, times, openedAt);
        } else {
            if (!expanded) {
                watches.draw(canvas, layout.watches(), focus == Focus.WATCHES);
                PaneFrame.rightRule(canvas, layout.watches());
                matches.draw(canvas, layout.matches(), focus == Focus.MATCHES, times, watches.total());
                if (layout.article().col() > 0) {
                    PaneFrame.rightRule(canvas, layout.matches());
                }
            }
            drawArticle(layout.article(), times);
        }
        canvas.line(layout.status(), 0, bottomLine(), false);
        if (help) {
            HelpOverlay.draw(canvas, new Rect(0, 0, size.getColumns(), size.getRows()));
        }
    }

    private List<Run> header() {
        String watch = watches.selected();
        String filter = matches.filter();
        return List.of(Run.of(" wirewatch ", Style.HEADER),
                Run.plain(feedsShown ? " feeds" : statementsShown ? " statements" : ""),
                Run.of(watch == null ? "" : " · " + watch, Style.STRONG),
                Run.of(filter == null ? "" : " · filter “" + filter + "” (Esc clears)", Style.KEY),
                Run.of("   ? help  q quit", Style.DIM));
    }

    private List<Run> bottomLine() {
        StringBuilder typed = prompt;
        if (typed != null) {
            if (searchPrompt) {
                return List.of(Run.of(" search the archive: ", Style.KEY), Run.plain(typed + "▏"),
                        Run.of("   a rule, as in a watch · Enter searches · Esc cancels", Style.DIM));
            }
            int count = matches.filteredCount();
            String found = typed.length() == 0 ? "" : " — " + count + (count == 1 ? " match" : " matches");
            return List.of(Run.of(" /", Style.KEY), Run.plain(typed + "▏" + found),
                    Run.of("   Enter keeps · Esc clears", Style.DIM));
        }
        List<Run> line = StatusLine.runs(status, counts, store.isWritable(), options.clock().instant(), options.zone(),
                message);
        String trouble = live.trouble();
        if (trouble == null) {
            return line;
        }
        List<Run> warned = new ArrayList<>(List.of(Run.of(" " + trouble + " ", Style.ERROR), Run.of("│", Style.DIM)));
        warned.addAll(line);
        return warned;
    }

    private void drawArticle(Rect pane, TimeLabel times) {
        Rect inside = PaneFrame.draw(canvas, pane, expanded ? "Article · Enter or Esc: back" : "Article",
                focus == Focus.ARTICLE);
        canvas.clear(inside);
        MatchRow selected = matches.selected();
        if (selected == null) {
            canvas.line(inside, 0, List.of(Run.of("select a match to see its statements and changes",
                    Style.DIM)), false);
            return;
        }
        ArticleDetail detail = details.load(selected, expanded, generation);
        List<List<Run>> lines = new ArticleView(times, options.color(), openedAt).lines(detail, inside.width());
        articleScroll = Math.max(0, Math.min(articleScroll, lines.size() - inside.height()));
        for (int r = 0; r < inside.height() && articleScroll + r < lines.size(); r++) {
            canvas.line(inside, r, lines.get(articleScroll + r), false);
        }
    }

    private void tooSmall(TerminalSize size) {
        Rect all = new Rect(0, 0, size.getColumns(), size.getRows());
        canvas.clear(all);
        String text = "wirewatch needs a terminal of at least " + Layout.MIN_COLUMNS + "×" + Layout.MIN_ROWS
                + "; this one is " + size.getColumns() + "×" + size.getRows() + ". Enlarge it, or press q to quit.";
        List<List<Run>> lines = Wrap.lines(List.of(Run.of(text, Style.STRONG)), size.getColumns());
        int top = Math.max(0, (size.getRows() - lines.size()) / 2);
        for (int r = 0; r < lines.size() && top + r < size.getRows(); r++) {
            canvas.line(all, top + r, lines.get(r), false);
        }
    }

    void fail(String what, RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, what, e);
        message = what + ": " + e.getMessage();
    }

    void say(@Nullable String text) {
        message = text;
    }

    // The operations keys ask for; KeyHandler decides which.

    void moveIn(int delta) {
        if (focus == Focus.WATCHES) {
            if (watches.move(delta)) {
                watchChanged();
            }
        } else if (focus == Focus.MATCHES) {
            matches.move(delta);
            articleScroll = 0;
        } else {
            articleScroll = Math.max(0, articleScroll + delta);
        }
    }

    void page(int direction) {
        if (focus == Focus.MATCHES) {
            matches.page(direction);
            articleScroll = 0;
        } else {
            moveIn(direction * 10);
        }
    }

    void toEnd(boolean last) {
        if (focus == Focus.MATCHES) {
            if (last) {
                matches.end(watches.total());
            } else {
                matches.move(-Integer.MAX_VALUE / 2);
            }
            articleScroll = 0;
        } else {
            moveIn(last ? Integer.MAX_VALUE / 2 : -Integer.MAX_VALUE / 2);
        }
    }

    void watchChanged() {
        matches.show(watches.selected(), matches.filter());
        articleScroll = 0;
        if (statementsShown) {
            statements.show();
        }
    }

    void applyFilter(@Nullable String filter) {
        matches.show(watches.selected(), filter == null || filter.isBlank() ? null : filter.strip());
        articleScroll = 0;
    }

    @Nullable String filter() {
        return matches.filter();
    }

    Seen seen() {
        return seen;
    }

    /** {@code f}: the feeds view, read at once. */
    void toggleFeeds() {
        feedsShown = !feedsShown;
        if (feedsShown) {
            feeds.reload(options.feeds());
        }
    }

    FeedsView feeds() {
        return feeds;
    }

    /** {@code r} in the feeds view: the selected feed polled now, its backoff kept if it is failing. */
    void retryFeed() {
        String feed = feeds.selected();
        if (feed == null) {
            return;
        }
        if (controls == null) {
            say("read-only: the polling wirewatch retries " + feed + " on its schedule");
            return;
        }
        controls.pollNow(feed);
        say("polling " + feed + " now");
    }

    StatementsView statements() {
        return statements;
    }

    @Nullable String selectedWatch() {
        return watches.selected();
    }

    /** {@code /} (a filter) or {@code S} (a rule for the archive): opens the prompt at the bottom line. */
    void startPrompt(boolean search) {
        if (!search && matches.isSearch()) {
            say("the filter narrows a watch's matches; Esc leaves the search");
            return;
        }
        searchPrompt = search;
        prompt = new StringBuilder(search || filter() == null ? "" : filter());
    }

    /** Runs a typed rule over the archive and lists what it finds; a rule that does not parse says why. */
    void search(String rule) {
        if (rule.isBlank()) {
            return;
        }
        try {
            matches.showResults(rule.strip(), Search.run(rule, store, options.clock()));
            focus = Focus.MATCHES;
            expanded = false;
            articleScroll = 0;
        } catch (ConfigException e) {
            say("search: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isSearch() {
        return matches.isSearch();
    }

    void refresh() {
        if (controls != null) {
            controls.refreshNow();
            say("polling every feed now");
        } else {
            say("read-only: showing what the polling wirewatch has stored");
        }
    }

    void openUrl() {
        MatchRow row = matches.selected();
        if (row == null) {
            return;
        }
        try {
            if (browser.inTerminal()) {
                browser.openInTerminal(row.url(), screen);
                seen.opened();
                redrawAll = true;
                say(null);
            } else {
                browser.open(row.url(), late::set);
                seen.opened();
                say("opened in the browser");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not open a browser on " + row.url(), e);
            say(e.getMessage());
        }
    }
}
