package wirewatch.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import wirewatch.event.RevisionEvent;

/**
 * What the dashboard and the reading commands page through: watches and their matches, articles, statements and
 * revisions. Thread-safe; calls may block on I/O; failures are {@link StoreException}s.
 */
public interface ReadModel {

    Optional<StoredArticle> article(String id);

    /** Watches that matched this article. */
    List<String> watchesOf(String articleId);

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

    /** Watches with their match counts, in name order. */
    List<WatchCount> watchCounts();

    /** A page of one watch's matches, newest first; {@code filter}, when set, keeps titles containing it. */
    List<MatchRow> matches(String watch, @Nullable String filter, int offset, int limit);

    /** How many of one watch's matches pass a filter, as {@link #matches} applies it. */
    int matchCount(String watch, String filter);
}
