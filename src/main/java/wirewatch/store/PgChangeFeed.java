package wirewatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * News of commits on a PostgreSQL store: a session of its own (not from the pool) that {@code LISTEN}s on
 * {@link Dialect#EVENTS_CHANNEL} and blocks in the driver until a writer's batch commits; nothing is polled. A
 * dropped session is opened again after a wait that doubles up to {@link #LONGEST_WAIT}, and the listener hears of
 * both. One thread, {@code store-changes}, does all of it.
 */
final class PgChangeFeed implements ChangeFeed {
    private static final System.Logger LOG = System.getLogger(PgChangeFeed.class.getName());
    static final String APPLICATION = "wirewatch changes";
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final PgDatabase db;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-changes");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;
    private volatile @Nullable Connection session;
    /** Touched on the feed's thread only. */
    private Duration wait = FIRST_WAIT;
    private boolean lost;

    private PgChangeFeed(PgDatabase db, Listener listener) {
        this.db = db;
        this.listener = listener;
    }

    static PgChangeFeed start(PgDatabase db, Listener listener) {
        PgChangeFeed feed = new PgChangeFeed(db, listener);
        feed.thread.execute(feed::listen);
        return feed;
    }

    @Override
    public boolean pushes() {
        return true;
    }

    private void listen() {
        try (Connection connection = db.session(APPLICATION)) {
            session = connection;
            if (closed) {
                return;
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("LISTEN " + Dialect.EVENTS_CHANNEL);
            }
            if (lost) {
                lost = false;
                LOG.log(System.Logger.Level.INFO, "listening for news on {0} again", db.address());
            }
            wait = FIRST_WAIT;
            listener.listening();
            PGConnection pg = connection.unwrap(PGConnection.class);
            while (!closed) {
                long last = lastSeq(pg.getNotifications(0));
                if (last >= 0) {
                    listener.committed(last);
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (!closed) {
                retryAfterFailure(e);
            }
        } finally {
            session = null;
        }
    }

    /** The newest seq among the notifications, or -1 for none. */
    private static long lastSeq(PGNotification @Nullable [] news) {
        long last = -1;
        if (news != null) {
            for (PGNotification notice : news) {
                try {
                    last = Math.max(last, Long.parseLong(notice.getParameter()));
                } catch (NumberFormatException e) {
                    // Not one of ours (someone else's NOTIFY on the channel): still news worth a look.
                    last = Math.max(last, 0);
                }
            }
        }
        return last;
    }

    private void retryAfterFailure(Exception e) {
        String why = e instanceof SQLException sql ? db.translate("listening for new events", sql).getMessage()
                : db.address() + ": listening for new events failed: " + e;
        LOG.log(System.Logger.Level.WARNING, why + "; trying again in " + wait.toSeconds() + " s", e);
        lost = true;
        listener.lost("live updates lost: " + why + "; reconnecting in " + wait.toSeconds() + " s");
        thread.schedule(this::listen, wait.toMillis(), TimeUnit.MILLISECONDS);
        wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
    }

    /** Stops listening: the blocked read is cut short by aborting the session, as JDBC allows from any thread. */
    @Override
    public void close() {
        closed = true;
        Connection open = session;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "aborting the listening session", e);
            }
        }
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the listening session did not stop in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
