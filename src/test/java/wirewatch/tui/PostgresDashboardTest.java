package wirewatch.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wirewatch.store.ChangeFeed;
import wirewatch.store.PgAddress;
import wirewatch.store.PgServer;
import wirewatch.store.PostgresStore;

/**
 * A read-only dashboard on a PostgreSQL store, beside the handle that writes, woken by the store's NOTIFY: each
 * wait below blocks until the dashboard is woken, with a hang guard, never a timed look.
 */
class PostgresDashboardTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void dashboardShowsAMatchAnotherHandleCommits() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore writer = PostgresStore.open(address, Map.of());
             PostgresStore reader = PostgresStore.openShared(address, Map.of());
             Screen view = new Screen()) {
            new Newsroom(writer).morningOfTalks();
            Dashboard dashboard = view.dashboard(reader);
            try (ChangeFeed changes = dashboard.followStore()) {
                woken(dashboard);
                assertTrue(view.render(dashboard).contains("Reyk sets conditions"), view.text());

                new Newsroom(writer).publish("a9", "global-ledger", "Ketra truce monitors cross the river",
                        Newsroom.MORNING.plus(Duration.ofHours(1)), "The first truce monitors crossed at dawn.",
                        "truce");
                woken(dashboard);
                assertTrue(view.render(dashboard).contains("Ketra truce monitors cross the river"), view.text());
            }
        }
    }

    @Test
    void lostConnectionIsOnTheStatusLineUntilTheDashboardListensAgain() throws Exception {
        PgAddress address = PgServer.shared().freshDatabase();
        try (PostgresStore writer = PostgresStore.open(address, Map.of());
             PostgresStore reader = PostgresStore.openShared(address, Map.of());
             Screen view = new Screen()) {
            new Newsroom(writer).morningOfTalks();
            Dashboard dashboard = view.dashboard(reader);
            try (ChangeFeed changes = dashboard.followStore()) {
                woken(dashboard);
                view.render(dashboard);
                // The database takes no new sessions: the listener, cut off, cannot come back until it does.
                PgServer.shared().admin("ALTER DATABASE " + address.database() + " ALLOW_CONNECTIONS false",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                                + "'wirewatch changes'");
                woken(dashboard);
                String screen = view.render(dashboard);
                assertTrue(screen.contains("live updates lost: " + address), screen);

                PgServer.shared().admin("ALTER DATABASE " + address.database() + " ALLOW_CONNECTIONS true");
                assertTimeoutPreemptively(HANG_GUARD, () -> {
                    while (view.render(dashboard).contains("live updates lost")) {
                        dashboard.awaitNews(HANG_GUARD);
                    }
                });
                new Newsroom(writer).publish("a9", "global-ledger", "Ketra truce monitors cross the river",
                        Newsroom.MORNING.plus(Duration.ofHours(1)), "The first truce monitors crossed at dawn.",
                        "truce");
                woken(dashboard);
                assertTrue(view.render(dashboard).contains("Ketra truce monitors cross the river"), view.text());
                assertFalse(view.text().contains("live updates lost"), view.text());
            }
        }
    }

    private static void woken(Dashboard dashboard) {
        assertTrue(assertTimeoutPreemptively(HANG_GUARD, () -> dashboard.awaitNews(HANG_GUARD)));
    }

    /** A virtual terminal and its started screen. */
    private static final class Screen implements AutoCloseable {
        private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        private final TerminalScreen screen;

        Screen() throws Exception {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        }

        Dashboard dashboard(PostgresStore store) {
            return new Dashboard(screen, store, null, DashboardOptions.defaults(Harness.CLOCK)
                    .withWatches(List.of("truce-talks", "monitors")));
        }

        String render(Dashboard dashboard) throws Exception {
            dashboard.render();
            return text();
        }

        String text() {
            return ScreenText.all(terminal);
        }

        @Override
        public void close() throws Exception {
            screen.stopScreen();
        }
    }
}
