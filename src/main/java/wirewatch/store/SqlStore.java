package wirewatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import wirewatch.event.RevisionEvent;

/**
 * A store whose roles speak SQL over one {@link Database}: the handle hands each call to the role that owns it.
 * Subclasses open the database (and its lock or pool) and close it.
 */
abstract class SqlStore implements Store {
    private final Ledger ledger;
    private final Outbox outbox;
    private final ReadModel reads;
    private final Archive archive;
    private final SeenMarks seen;
    private final Database db;

    SqlStore(Database db, Dialect dialect) {
        this.db = db;
        this.ledger = new SqlLedger(db, dialect);
        this.outbox = new SqlOutbox(db);
        this.reads = new SqlReadModel(db, dialect);
        this.archive = new SqlArchive(db, dialect);
        this.seen = new SqlSeenMarks(db, dialect);
    }

    @Override
    public FeedState feedState(String feed) {
        return ledger.feedState(feed);
    }

    @Override
    public Map<String, StoredArticle> articles(Collection<String> ids) {
        return ledger.articles(ids);
    }

    @Override
    public Optional<String> articleByCanonicalUrl(String canonicalUrl) {
        return ledger.articleByCanonicalUrl(canonicalUrl);
    }

    @Override
    public <T> T withStoriesLocked(Collection<String> stories, Supplier<T> work) {
        return ledger.withStoriesLocked(stories, work);
    }

    @Override
    public boolean isShared() {
        return ledger.isShared();
    }

    @Override
    public List<Logged> loggedAfter(long seq, int limit) {
        return ledger.loggedAfter(seq, limit);
    }

    @Override
    public List<StoredStatement> statementsAfter(long id, int limit) {
        return ledger.statementsAfter(id, limit);
    }

    @Override
    public long lastStatementId() {
        return ledger.lastStatementId();
    }

    @Override
    public List<Committed> commit(Batch batch) {
        return ledger.commit(batch);
    }

    @Override
    public boolean isMatched(String watch, String articleId) {
        return ledger.isMatched(watch, articleId);
    }

    @Override
    public List<StoredStatement> statementsBySpeaker(String speaker, int limit) {
        return ledger.statementsBySpeaker(speaker, limit);
    }

    @Override
    public List<StoredStatement> unattributedStatements(int limit) {
        return ledger.unattributedStatements(limit);
    }

    @Override
    public Map<String, String> aliases() {
        return ledger.aliases();
    }

    @Override
    public List<StoredArticle> dueRefetches(Instant now, int limit) {
        return ledger.dueRefetches(now, limit);
    }

    @Override
    public void scheduleRefetch(String articleId, @Nullable Instant at, int step) {
        ledger.scheduleRefetch(articleId, at, step);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return reads.article(id);
    }

    @Override
    public List<String> watchesOf(String articleId) {
        return reads.watchesOf(articleId);
    }

    @Override
    public List<StoredStatement> statements(@Nullable Collection<String> speakers, @Nullable String watch,
                                            int offset, int limit) {
        return reads.statements(speakers, watch, offset, limit);
    }

    @Override
    public List<String> speakers() {
        return reads.speakers();
    }

    @Override
    public List<StoredStatement> statementsOf(String articleId) {
        return reads.statementsOf(articleId);
    }

    @Override
    public List<StoredStatement> statementsInGroup(String group, int limit) {
        return reads.statementsInGroup(group, limit);
    }

    @Override
    public List<List<RevisionEvent.Change>> revisionsOf(String articleId) {
        return reads.revisionsOf(articleId);
    }

    @Override
    public List<WatchCount> watchCounts() {
        return reads.watchCounts();
    }

    @Override
    public List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit) {
        return reads.matches(watch, filter, offset, limit);
    }

    @Override
    public int matchCount(String watch, String filter) {
        return reads.matchCount(watch, filter);
    }

    @Override
    public Set<String> seenAmong(Collection<String> articleIds) {
        return seen.seenAmong(articleIds);
    }

    @Override
    public boolean markSeen(String articleId, boolean seen) {
        return this.seen.markSeen(articleId, seen);
    }

    @Override
    public int markWatchSeen(String watch) {
        return seen.markWatchSeen(watch);
    }

    @Override
    public OptionalInt unseenMatch(String watch, @Nullable String filter, int from, boolean forward) {
        return seen.unseenMatch(watch, filter, from, forward);
    }

    @Override
    public List<Delivery> pendingDeliveries(String hook, Instant now, int limit) {
        return outbox.pendingDeliveries(hook, now, limit);
    }

    @Override
    public int pendingDeliveryCount() {
        return outbox.pendingDeliveryCount();
    }

    @Override
    public void deliveryDone(String hook, long seq) {
        outbox.deliveryDone(hook, seq);
    }

    @Override
    public void deliveryFailed(String hook, long seq, String error, @Nullable Instant retryAt) {
        outbox.deliveryFailed(hook, seq, error, retryAt);
    }

    @Override
    public List<HookBacklog> backlogs() {
        return outbox.backlogs();
    }

    @Override
    public int renameHook(String from, String to) {
        return outbox.renameHook(from, to);
    }

    @Override
    public int retryDeliveries(@Nullable String hook) {
        return outbox.retryDeliveries(hook);
    }

    @Override
    public int dropDeliveries(String hook) {
        return outbox.dropDeliveries(hook);
    }

    @Override
    public List<Delivery> failedDeliveries(int limit) {
        return outbox.failedDeliveries(limit);
    }

    @Override
    public int dropFailedDeliveries(@Nullable String hook) {
        return outbox.dropFailedDeliveries(hook);
    }

    @Override
    public List<LoggedEvent> eventsAfter(long seq, int limit) {
        return outbox.eventsAfter(seq, limit);
    }

    @Override
    public long lastEventSeq() {
        return outbox.lastEventSeq();
    }

    @Override
    public void forEachArticle(Instant since, Consumer<StoredArticle> sink) {
        archive.forEachArticle(since, sink);
    }

    @Override
    public ArchiveCounts counts() {
        return archive.counts();
    }

    @Override
    public List<PollerStatus> pollers() {
        return db.read("reading the pollers", c -> Sql.list(c, "SELECT p.id, p.started, p.heartbeat, "
                + "sum(CASE WHEN l.kind = 'feed' THEN 1 ELSE 0 END), sum(CASE WHEN l.kind = 'hook' THEN 1 ELSE 0 END) "
                + "FROM poller p LEFT JOIN lease l ON l.owner = p.id GROUP BY p.id, p.started, p.heartbeat "
                + "ORDER BY p.id",
                rows -> new PollerStatus(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                        Instant.ofEpochMilli(rows.getLong(3)), rows.getInt(4), rows.getInt(5))));
    }
}
