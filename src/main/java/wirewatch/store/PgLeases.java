package wirewatch.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Leases in a PostgreSQL store's {@code lease} table, kept by one background thread. Every third of the term the
 * keeper writes the poller's heartbeat, renews what it holds (learning what it lost), counts the live pollers and
 * claims its share, {@code ceil(items / live pollers)}, of the free or expired feeds and lanes with
 * {@code FOR UPDATE SKIP LOCKED}, so that pollers claiming at the same moment skip each other's rows instead of
 * waiting on them. A poller over its share (others started) gives a feed up as its poll starts or right after
 * recording it: whoever takes it polls it when its stored schedule says (at once, or an interval after the last
 * poll), so a feed is not polled twice within its interval. Times are the database's clock, so pollers on machines
 * whose clocks differ agree.
 *
 * <p>A poller that cannot renew (database unreachable, process stalled) stops trusting its leases before they run
 * out: it then polls nothing rather than what another poller may take. A poll already under way when a poller
 * stalls past its term is not recorded: a batch's transaction first checks that its poller still holds the feeds
 * it records ({@link Batch#leasedBy}) and keeps those rows from being taken until it commits.
 */
final class PgLeases implements Leases {
    private static final System.Logger LOG = System.getLogger(PgLeases.class.getName());
    /** The database's clock in epoch milliseconds, the unit of every time the store keeps. */
    static final String NOW = "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)";
    /** A heartbeat row this many terms old belongs to a poller long dead and is removed. */
    private static final int FORGET_AFTER_TERMS = 20;

    private final PgDatabase db;
    private final String id;
    private final long termMillis;
    private final List<String> feeds;
    private final List<String> hooks;
    private final Set<String> heldFeeds = ConcurrentHashMap.newKeySet();
    private final Set<String> heldHooks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keeper;
    /** Held by a renewal and by a give-up, so the two do not interleave. */
    private final Object turn = new Object();
    private volatile int feedShare;
    private volatile int hookShare;
    private volatile long renewedNanos;

    /** Takes {@code db}, a pool of its own, and closes it on {@link #close}. */
    PgLeases(PgDatabase db, Duration term, List<String> feeds, List<String> hooks) {
        if (term.toMillis() < 1000) {
            throw new IllegalArgumentException("a lease must last at least 1s, was " + term);
        }
        this.db = db;
        this.id = pollerId();
        this.termMillis = term.toMillis();
        this.feeds = List.copyOf(feeds);
        this.hooks = List.copyOf(hooks);
        this.feedShare = this.feeds.size();
        this.hookShare = this.hooks.size();
        this.renewedNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(termMillis);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "lease-keeper");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.keeper = timer;
    }

    /** {@code host:pid:random}: says where the poller runs, and stays unique when a pid is reused. */
    static String pollerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public String holder() {
        return id;
    }

    @Override
    public void start(Listener listener) {
        db.write("registering a poller", c -> {
            // The driver's arrays hold only the values given, nothing to free.
            Array kinds = c.createArrayOf("text", names().toArray());
            try (PreparedStatement rows = c.prepareStatement("INSERT INTO lease (kind, name) "
                         + "SELECT split_part(k, ':', 1), substr(k, strpos(k, ':') + 1) FROM unnest(?) AS k "
                         + "ON CONFLICT (kind, name) DO NOTHING")) {
                rows.setArray(1, kinds);
                rows.executeUpdate();
            }
            return null;
        });
        tick(listener);
        long every = Math.max(1, termMillis / 3);
        keeper.scheduleWithFixedDelay(() -> keep(listener), every, every, TimeUnit.MILLISECONDS);
    }

    /** The lease rows this poller's config names, as {@code kind:name}. */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        feeds.forEach(feed -> names.add("feed:" + feed));
        hooks.forEach(hook -> names.add("hook:" + hook));
        return names;
    }

    private void keep(Listener listener) {
        try {
            tick(listener);
        } catch (StoreException e) {
            // The store is down or full: the leases run out by themselves if this goes on; try again next tick.
            LOG.log(System.Logger.Level.WARNING, "renewing the leases of " + id + " failed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "renewing the leases of " + id + " failed", e);
        }
    }

    /**
     * One heartbeat: renew, count the live pollers, claim the share, tell the listener what was taken. After renewals
     * lapsed, the engine has let go of what it held (it stops polling a feed it cannot trust), so everything held is
     * told again.
     */
    private void tick(Listener listener) {
        boolean lapsed = !isCurrent();
        long started = System.nanoTime();
        List<List<String>> heldAndClaimed;
        // One turn with giving up: a renewal that read a row back must not put it among the held after it was
        // given up, nor a give-up count what a renewal is about to change.
        synchronized (turn) {
            heldAndClaimed = renewAndClaim();
        }
        // A renewal that took longer than the trust window let holdsFeed and holdsHook say no meanwhile, and a hook
        // lane refused then is not looked at again until told: as after a lapse, everything held is told again.
        lapsed |= !isCurrent();
        renewedNanos = started;
        List<String> taken = new ArrayList<>(heldAndClaimed.get(1));
        if (lapsed) {
            taken.addAll(heldAndClaimed.get(0));
        }
        List<String> newFeeds = names(taken, "feed:");
        List<String> newHooks = names(taken, "hook:");
        if (!newFeeds.isEmpty() || !newHooks.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "{0} took {1} feeds and {2} hooks", id, newFeeds.size(),
                    newHooks.size());
            listener.acquired(newFeeds, newHooks);
        }
    }

    /** Renews, counts the live pollers and claims the share, in one transaction; returns what is held and claimed. */
    private List<List<String>> renewAndClaim() {
        return db.write("renewing leases", c -> {
            heartbeat(c);
            List<String> held = renew(c);
            int live = livePollers(c);
            feedShare = share(feeds.size(), live);
            hookShare = share(hooks.size(), live);
            long ownFeeds = held.stream().filter(k -> k.startsWith("feed:")).count();
            long ownHooks = held.size() - ownFeeds;
            List<String> claimed = new ArrayList<>(claim(c, "feed", feeds, feedShare - (int) ownFeeds));
            claimed.addAll(claim(c, "hook", hooks, hookShare - (int) ownHooks));
            Sql.update(c, "DELETE FROM poller WHERE heartbeat < " + NOW + " - ?",
                    termMillis * FORGET_AFTER_TERMS);
            replace(held, claimed);
            return List.of(held, claimed);
        });
    }

    private void heartbeat(Connection c) throws SQLException {
        Sql.update(c, "INSERT INTO poller (id, started, heartbeat) VALUES (?, " + NOW + ", " + NOW + ") "
                + "ON CONFLICT (id) DO UPDATE SET heartbeat = EXCLUDED.heartbeat", id);
    }

    /** Extends what this poller holds; returns it as {@code kind:name}, without what another poller took. */
    private List<String> renew(Connection c) throws SQLException {
        return Sql.list(c, "UPDATE lease SET expires = " + NOW + " + ? WHERE owner = ? RETURNING kind, name",
                rows -> rows.getString(1) + ":" + rows.getString(2), termMillis, id);
    }

    private int livePollers(Connection c) throws SQLException {
        return Sql.first(c, "SELECT count(*) FROM poller WHERE heartbeat > " + NOW + " - ?",
                rows -> rows.getInt(1), termMillis).orElse(1);
    }

    private static int share(int items, int pollers) {
        return (items + Math.max(1, pollers) - 1) / Math.max(1, pollers);
    }

    /** Takes up to {@code wanted} free or expired rows of this kind among {@code names}; returns them. */
    private List<String> claim(Connection c, String kind, List<String> names, int wanted) throws SQLException {
        if (wanted <= 0 || names.isEmpty()) {
            return List.of();
        }
        Array among = c.createArrayOf("text", names.toArray());
        return Sql.list(c, "UPDATE lease SET owner = ?, expires = " + NOW + " + ? WHERE (kind, name) IN ("
                + "SELECT kind, name FROM lease WHERE kind = ? AND name = ANY(?) "
                + "AND (owner IS NULL OR expires < " + NOW + ") "
                + "ORDER BY expires, name LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING kind, name",
                rows -> rows.getString(1) + ":" + rows.getString(2), id, termMillis, kind, among, wanted);
    }

    private void replace(List<String> held, List<String> claimed) {
        List<String> all = new ArrayList<>(held);
        all.addAll(claimed);
        List<String> ownFeeds = names(all, "feed:");
        List<String> ownHooks = names(all, "hook:");
        heldFeeds.retainAll(ownFeeds);
        heldFeeds.addAll(ownFeeds);
        heldHooks.retainAll(ownHooks);
        heldHooks.addAll(ownHooks);
    }

    private static List<String> names(List<String> keys, String prefix) {
        return keys.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
    }

    /**
     * Whether the last renewal is recent enough that no other poller can have taken what this one holds: two thirds
     * of the term, so that two missed renewals stop this poller well before its leases run out.
     */
    private boolean isCurrent() {
        return System.nanoTime() - renewedNanos < TimeUnit.MILLISECONDS.toNanos(termMillis * 2 / 3);
    }

    @Override
    public boolean holdsFeed(String feed) {
        return isCurrent() && heldFeeds.contains(feed);
    }

    @Override
    public boolean keepFeed(String feed) {
        return keep("feed", feed, heldFeeds, feedShare);
    }

    @Override
    public boolean holdsHook(String hook) {
        return isCurrent() && heldHooks.contains(hook);
    }

    @Override
    public boolean keepHook(String hook) {
        return keep("hook", hook, heldHooks, hookShare);
    }

    /** Keeps a held item while this poller is within its share of that kind, else gives it up for the others. */
    private boolean keep(String kind, String name, Set<String> held, int share) {
        synchronized (turn) {
            return keepInTurn(kind, name, held, share);
        }
    }

    private boolean keepInTurn(String kind, String name, Set<String> held, int share) {
        if (!isCurrent() || !held.contains(name)) {
            return false;
        }
        if (held.size() <= share) {
            return true;
        }
        held.remove(name);
        try {
            db.write("giving a " + kind + " up", c -> Sql.update(c, "UPDATE lease SET owner = NULL, expires = 0 "
                    + "WHERE kind = ? AND name = ? AND owner = ?", kind, name, id));
        } catch (StoreException e) {
            // Still leased here, and no renewal would tell the engine so again: it keeps working on it.
            LOG.log(System.Logger.Level.WARNING, "giving " + kind + " " + name + " up failed: " + e.getMessage());
            held.add(name);
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        keeper.shutdownNow();
        try {
            keeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heldFeeds.clear();
        heldHooks.clear();
        try {
            db.write("releasing leases", c -> {
                Sql.update(c, "UPDATE lease SET owner = NULL, expires = 0 WHERE owner = ?", id);
                return Sql.update(c, "DELETE FROM poller WHERE id = ?", id);
            });
        } catch (StoreException e) {
            // They run out by themselves within a term.
            LOG.log(System.Logger.Level.WARNING, "releasing the leases of " + id + " failed: " + e.getMessage());
        } finally {
            db.close();
        }
    }
}
