package wirewatch.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import wirewatch.store.SqliteStore;

/** A dashboard on a real store in a temp folder, drawn into a virtual terminal. */
final class Harness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Newsroom.MORNING.plus(Duration.ofHours(3)), ZoneOffset.UTC);

    final SqliteStore store;
    final Newsroom newsroom;
    final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private @Nullable Dashboard dashboard;
    private DashboardOptions options = DashboardOptions.defaults(CLOCK).withWatches(java.util.List.of("truce-talks",
            "monitors"));
    private @Nullable Controls controls;

    Harness(Path dir, int columns, int rows) {
        store = SqliteStore.open(dir.resolve("wirewatch.db"));
        newsroom = new Newsroom(store);
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Harness options(DashboardOptions changed) {
        options = changed;
        return this;
    }

    DashboardOptions options() {
        return options;
    }

    Harness controls(Controls engine) {
        controls = engine;
        return this;
    }

    Dashboard dashboard() {
        if (dashboard == null) {
            dashboard = new Dashboard(screen, store, controls, options);
        }
        return dashboard;
    }

    /** Draws a frame and returns the screen's text. */
    String render() {
        try {
            dashboard().render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ScreenText.all(terminal);
    }

    /** Presses the keys in order (each character one key), then draws; returns the screen's text. */
    String type(String keys) {
        dashboard();
        for (char c : keys.toCharArray()) {
            dashboard().handle(new KeyStroke(c, false, false));
        }
        return render();
    }

    String press(KeyType key) {
        dashboard().handle(new KeyStroke(key));
        return render();
    }

    String resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return render();
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
        store.close();
    }
}
