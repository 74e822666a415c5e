package wirewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The outbox in SQL: the event log and one delivery row per (hook, event). */
final class SqlOutbox implements Outbox {
    private static final String DELIVERY_ROWS = "SELECT d.hook, d.seq, e.id, e.type, e.json, d.attempts, "
            + "d.next_attempt, d.last_error FROM delivery d JOIN event e ON e.seq = d.seq WHERE ";

    private final Database db;

    SqlOutbox(Database db) {
        this.db = db;
    }

    @Override
    public List<Delivery> pendingDeliveries(String hook, Instant now, int limit) {
        return db.read("reading the outbox", c -> Sql.list(c, DELIVERY_ROWS
                + "d.hook = ? AND d.status = 'pending' AND d.next_attempt <= ? ORDER BY d.seq LIMIT ?",
                SqlOutbox::delivery, hook, now, limit));
    }

    @Override
    public List<Delivery> failedDeliveries(int limit) {
        return db.read("reading the outbox", c -> Sql.list(c,
                DELIVERY_ROWS + "d.status = 'failed' ORDER BY d.seq DESC LIMIT ?", SqlOutbox::delivery, limit));
    }

    private static Delivery delivery(ResultSet rows) throws SQLException {
        long next = rows.getLong(7);
        return new Delivery(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getInt(6), next == 0 ? null : Instant.ofEpochMilli(next), rows.getString(8));
    }

    @Override
    public int pendingDeliveryCount() {
        return db.read("counting the outbox", c -> Sql.first(c,
                "SELECT count(*) FROM delivery WHERE status = 'pending'", rows -> rows.getInt(1)).orElse(0));
    }

    @Override
    public void deliveryDone(String hook, long seq) {
        db.write("recording a delivery", c -> Sql.update(c,
                "UPDATE delivery SET status = 'done', attempts = attempts + 1, last_error = NULL "
                        + "WHERE hook = ? AND seq = ?", hook, seq));
    }

    @Override
    public void deliveryFailed(String hook, long seq, String error, @Nullable Instant retryAt) {
        db.write("recording a failed delivery", c -> Sql.update(c,
                "UPDATE delivery SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt = ? "
                        + "WHERE hook = ? AND seq = ?",
                retryAt == null ? "failed" : "pending", error, retryAt == null ? 0L : retryAt.toEpochMilli(),
                hook, seq));
    }

    @Override
    public List<HookBacklog> backlogs() {
        return db.read("reading the outbox", c -> {
            List<HookBacklog> found = new ArrayList<>();
            for (Owed owed : Sql.list(c, "SELECT d.hook, sum(CASE WHEN d.status = 'pending' THEN 1 ELSE 0 END), "
                    + "sum(CASE WHEN d.status = 'failed' THEN 1 ELSE 0 END), min(d.seq) "
                    + "FROM delivery d WHERE d.status <> 'done' GROUP BY d.hook ORDER BY d.hook",
                    rows -> new Owed(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getLong(4)))) {
                Optional<HookBacklog> backlog = Sql.first(c, "SELECT id, type, time FROM event WHERE seq = ?",
                        event -> new HookBacklog(owed.hook, owed.pending, owed.failed, event.getString(1),
                                event.getString(2), Instant.ofEpochMilli(event.getLong(3))), owed.oldest);
                backlog.ifPresent(found::add);
            }
            return found;
        });
    }

    /** One hook's counts, before its oldest event is looked up. */
    private record Owed(String hook, int pending, int failed, long oldest) {
    }

    @Override
    public int renameHook(String from, String to) {
        return db.write("renaming a hook in the outbox", c -> {
            // A delivery the new key already has stays as it is; the old key's copy is dropped with the rest.
            int moved = Sql.update(c, "UPDATE delivery SET hook = ? WHERE hook = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM delivery owed WHERE owed.hook = ? AND owed.seq = delivery.seq)", to, from, to);
            Sql.update(c, "DELETE FROM delivery WHERE hook = ?", from);
            return moved;
        });
    }

    @Override
    public int retryDeliveries(@Nullable String hook) {
        return db.write("re-queueing deliveries", c -> Sql.update(c,
                "UPDATE delivery SET attempts = CASE WHEN status = 'failed' THEN 0 ELSE attempts END, "
                        + "status = 'pending', next_attempt = 0 "
                        + "WHERE (status = 'failed' OR status = 'pending' AND next_attempt > 0) "
                        + "AND (CAST(? AS TEXT) IS NULL OR hook = ?)", hook, hook));
    }

    @Override
    public int dropDeliveries(String hook) {
        return db.write("dropping deliveries", c -> Sql.update(c,
                "DELETE FROM delivery WHERE hook = ? AND status <> 'done'", hook));
    }

    @Override
    public int dropFailedDeliveries(@Nullable String hook) {
        return db.write("dropping failed deliveries", c -> Sql.update(c,
                "DELETE FROM delivery WHERE status = 'failed' AND (? IS NULL OR hook = ?)", hook, hook));
    }

    @Override
    public List<LoggedEvent> eventsAfter(long seq, int limit) {
        return db.read("reading events", c -> Sql.list(c,
                "SELECT seq, id, type, watch, json FROM event WHERE seq > ? ORDER BY seq LIMIT ?",
                rows -> new LoggedEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5)), seq, limit));
    }

    @Override
    public long lastEventSeq() {
        return db.read("reading events", c -> Sql.first(c, "SELECT coalesce(max(seq), 0) FROM event",
                rows -> rows.getLong(1)).orElse(0L));
    }
}
