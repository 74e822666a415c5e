package wirewatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;
import wirewatch.event.RevisionEvent;

/**
 * Where wirewatch keeps feeds' state, articles, matches, statements, revisions, aliases and the event outbox. One
 * narrow interface so that a second implementation (PostgreSQL, several pollers) stays possible. Writes are
 * batched: {@link #commit} writes a whole {@link Batch} in one transaction. Implementations are thread-safe; calls
 * may block on I/O. Failures are {@link StoreException}s with a one-line message.
 */
public interface Store extends AutoCloseable {

    /** Whether this handle may write; a second process on the same file gets a read-only handle. */
    boolean isWritable();

    FeedState feedState(String feed);

    /** Stored versions of the articles with these ids; absent ids are new. */
    Map<String, StoredArticle> articles(Collection<String> ids);

    Optional<StoredArticle> article(String id);

    /** The id of an article already stored under this canonical URL by another feed, if any. */
    Optional<String> articleByCanonicalUrl(String canonicalUrl);

    /** Writes the batch in one transaction and returns its events with their outbox sequence numbers, in order. */
    List<Committed> commit(Batch batch);

    /** An event as committed, with its place in the outbox. */
    record Committed(long seq, Event event) {
    }

    /** Whether this watch has already matched this article. */
    boolean isMatched(String watch, String articleId);

    /** Watches that matched this article. */
    List<String> watchesOf(String articleId);

    /** The speaker's latest statements, newest first, for grouping new ones with them. */
    List<StoredStatement> statementsBySpeaker(String speaker, int limit);

    /** The latest statements whose article names no speaker, newest first: remarks still looking for one. */
    List<StoredStatement> unattributedStatements(int limit);

    /**
     * Statements newest first, optionally only those whose speaker is one of {@code speakers} (exactly as stored)
     * and/or of articles matched by one watch. {@code null} leaves a filter out; an empty set of speakers finds
     * nothing.
     */
    List<StoredStatement> statements(@Nullable Collection<String> speakers, @Nullable String watch, int offset,
                                     int limit);

    /** Every speaker with a stored statement, each once, as stored; statements without a speaker add none. */
    List<String> speakers();

    /** Statements of one article, in text order. */
    List<StoredStatement> statementsOf(String articleId);

    /** The renderings of one remark (a variant group), oldest first: the first is the one the others vary. */
    List<StoredStatement> statementsInGroup(String group, int limit);

    /** Revisions of one article, newest first, each the changes of one edit; an unreadable one is left out. */
    List<List<RevisionEvent.Change>> revisionsOf(String articleId);

    /** The alias table learned so far (alias to canonical name). */
    Map<String, String> aliases();

    /** Watches with their match counts, in name order. */
    List<WatchCount> watchCounts();

    /** A page of one watch's matches, newest first; {@code filter}, when set, keeps titles containing it. */
    List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit);

    /** How many of one watch's matches pass a filter, as {@link #matches} applies it. */
    int matchCount(String watch, String filter);

    /** Which of these articles are seen; an article no watch matched never is. */
    Set<String> seenAmong(Collection<String> articleIds);

    /**
     * Marks an article seen or unseen: seen is per article, so under every watch that matched it. Returns false
     * when no watch matched it: only matches keep a seen mark.
     */
    boolean markSeen(String articleId, boolean seen);

    /** Marks every article one watch matched seen; returns how many were unseen. */
    int markWatchSeen(String watch);

    /**
     * Where the nearest unseen match is in one watch's list (as {@link #matches} pages it, same filter): the first
     * at or after position {@code from} when {@code forward}, else the last at or before it.
     */
    OptionalInt unseenMatch(String watch, @Nullable String filter, int from, boolean forward);

    /** Calls {@code sink} for every stored article whose sort time is at or after {@code since}, newest first. */
    void forEachArticle(Instant since, Consumer<StoredArticle> sink);

    /** Matched articles whose re-fetch is due at {@code now}, oldest due first. */
    List<StoredArticle> dueRefetches(Instant now, int limit);

    /** Sets when an article is next re-fetched for revisions, or stops re-fetching it ({@code null}). */
    void scheduleRefetch(String articleId, @Nullable Instant at, int step);

    /** Outbox: events owed to this hook and due at {@code now}, oldest first. */
    List<Delivery> pendingDeliveries(String hook, Instant now, int limit);

    /** Outbox: how many deliveries are not yet done or failed for good, over all hooks. */
    int pendingDeliveryCount();

    void deliveryDone(String hook, long seq);

    /** Records a failed attempt; {@code retryAt} null marks the delivery failed for good. */
    void deliveryFailed(String hook, long seq, String error, @Nullable Instant retryAt);

    /** Outbox: per hook key, what is still owed (pending or failed for good), in key order; none for hooks owed none. */
    List<HookBacklog> backlogs();

    /** Outbox: moves everything owed to hook key {@code from} to {@code to}; returns how many deliveries moved. */
    int renameHook(String from, String to);

    /**
     * Outbox: makes failed deliveries pending again with a fresh count of attempts, and pending ones waiting for a
     * retry due at once, for one hook key or ({@code null}) all; returns how many changed.
     */
    int retryDeliveries(@Nullable String hook);

    /** Outbox: drops what is owed (pending or failed) to one hook key; returns how many deliveries were dropped. */
    int dropDeliveries(String hook);

    /** Outbox: drops the deliveries that failed for good, of one hook key or ({@code null}) all; returns how many. */
    int dropFailedDeliveries(@Nullable String hook);

    /** Deliveries that failed for good, newest first. */
    List<Delivery> failedDeliveries(int limit);

    /** Events after {@code seq}, oldest first: how a read-only dashboard or a report follows a writer. */
    List<LoggedEvent> eventsAfter(long seq, int limit);

    /** An event as the outbox holds it: its sequence number and JSON. */
    record LoggedEvent(long seq, String id, String type, @Nullable String watch, String json) {
    }

    long lastEventSeq();

    ArchiveCounts counts();

    @Override
    void close();
}
