package wirewatch.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;

/**
 * The writer's side of the store: what a poll round looks up before it writes, and {@link #commit}, which writes a
 * whole {@link Batch} in one transaction. Thread-safe; calls may block on I/O; failures are {@link StoreException}s.
 */
public interface Ledger {

    FeedState feedState(String feed);

    /** Stored versions of the articles with these ids; absent ids are new. */
    Map<String, StoredArticle> articles(Collection<String> ids);

    /** The id of an article already stored under this canonical URL by another feed, if any. */
    Optional<String> articleByCanonicalUrl(String canonicalUrl);

    /**
     * Runs {@code work} (lookups, then {@link #commit}) while no other poller records any of these stories: each is
     * a key naming what a batch may join, a story's canonical URL or another key of the caller's (a wire-copy band,
     * a speaker). Two pollers that bring one story from two outlets at the same moment then make one match, the
     * second finding the first's and adding its outlet to {@code also}. With one writer (SQLite) it just runs.
     */
    <T> T withStoriesLocked(Collection<String> stories, Supplier<T> work);

    /**
     * Whether other processes may record into this store while this one does (PostgreSQL): a writer then catches up
     * with what they committed before each batch ({@link #loggedAfter}, {@link #statementsAfter}). A SQLite store
     * has one writer, by its lock, and says no.
     */
    boolean isShared();

    /**
     * The events logged after event {@code seq}, lowest seq first, at most {@code limit}: each with the id of the
     * article it matched when it is a match event. How a poller learns of the matches other pollers made; every seq
     * is listed so that the caller can tell a seq not yet committed from one of another type.
     */
    List<Logged> loggedAfter(long seq, int limit);

    /** An event's place in the outbox, and the id of the article it matched; empty for other events. */
    record Logged(long seq, String matchedArticleId) {
    }

    /** Statements stored after the one with this id, lowest id first, at most {@code limit}. */
    List<StoredStatement> statementsAfter(long id, int limit);

    /** The highest statement id stored; 0 when there is none. */
    long lastStatementId();

    /** Writes the batch in one transaction and returns its events with their outbox sequence numbers, in order. */
    List<Committed> commit(Batch batch);

    /** An event as committed, with its place in the outbox. */
    record Committed(long seq, Event event) {
    }

    /** Whether this watch has already matched this article. */
    boolean isMatched(String watch, String articleId);

    /** The speaker's latest statements, newest first, for grouping new ones with them. */
    List<StoredStatement> statementsBySpeaker(String speaker, int limit);

    /** The latest statements whose article names no speaker, newest first: remarks still looking for one. */
    List<StoredStatement> unattributedStatements(int limit);

    /** The alias table learned so far (alias to canonical name). */
    Map<String, String> aliases();

    /** Matched articles whose re-fetch is due at {@code now}, oldest due first. */
    List<StoredArticle> dueRefetches(Instant now, int limit);

    /** Sets when an article is next re-fetched for revisions, or stops re-fetching it ({@code null}). */
    void scheduleRefetch(String articleId, @Nullable Instant at, int step);
}
