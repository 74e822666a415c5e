package wirewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.event.RevisionEvent;
import wirewatch.event.Mark;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;

/**
 * Everything one step of the pipeline wants written at once: articles, matches, statements, revisions, learned
 * aliases, feed states and the events that report them. {@link Store#commit} writes a batch in one transaction, so
 * an event is in the outbox exactly when what it reports is in the store. Not thread-safe; build it on one thread.
 */
public final class Batch {
    /** An article to insert, or to update when {@code revised}. */
    public record ArticleWrite(Article article, String contentHash, @Nullable String canonicalUrl, Instant seen,
                               @Nullable Instant refetchAt, boolean revised) {
    }

    /** A match of an article by a watch, with its snippet. */
    public record MatchWrite(String watch, String articleId, Instant time, String snippet, List<String> terms,
                             List<Mark> marks, List<String> also) {
    }

    /** A statement found in an article, with the variant group it joined; {@code speaker} absent when unnamed. */
    public record StatementWrite(String articleId, @Nullable String speaker, String quote, Statement.Kind kind,
                                 int start, int end, String group, Grouped.Change change, Instant time) {
    }

    /** A revision of an article: the changes of one edit, as its revision event lists them. */
    public record RevisionWrite(String articleId, Instant time, List<RevisionEvent.Change> changes) {
        public RevisionWrite {
            changes = List.copyOf(changes);
        }
    }

    /** The poller recording a batch and the feeds whose polls it records: it must hold their leases to commit. */
    public record LeaseClaim(String holder, List<String> feeds) {
        public LeaseClaim {
            feeds = List.copyOf(feeds);
        }
    }

    /** Another outlet ({@code feed}) that ran the same copy as an article a watch already matched. */
    public record AlsoWrite(String watch, String articleId, String feed) {
    }

    /**
     * A stored statement that an edit of its article took out ({@code at} when), or that a later edit put back
     * ({@code at} null).
     */
    public record Removal(long statementId, @Nullable Instant at) {
    }

    /** Statements of variant group {@code from} join group {@code into}: one remark, split early, made whole. */
    public record Regroup(String from, String into) {
    }

    /**
     * The stored statements of article {@code articleId} with these words and kind (a statement and its repeats)
     * move to variant group {@code group}: the story's groups, settled, put them there.
     */
    public record Move(String articleId, String quote, Statement.Kind kind, String group) {
    }

    /**
     * The statements of variant group {@code group} that name no speaker take {@code speaker}: another outlet's
     * rendering of the remark said who spoke.
     */
    public record Attribution(String group, String speaker) {
    }

    /** An event for the outbox, the hooks (by key) that must receive it, and the event as its JSON line. */
    public record EventWrite(Event event, List<String> hooks, String json) {
    }

    private final List<ArticleWrite> articles = new ArrayList<>();
    private final List<MatchWrite> matches = new ArrayList<>();
    private final List<StatementWrite> statements = new ArrayList<>();
    private final List<RevisionWrite> revisions = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<FeedState> feedStates = new ArrayList<>();
    private final List<EventWrite> events = new ArrayList<>();
    private final List<AlsoWrite> also = new ArrayList<>();
    private final List<Regroup> regroups = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    private @Nullable LeaseClaim lease;

    /**
     * Makes the batch conditional on {@code holder} still holding the leases of {@code feeds} when it commits: on a
     * store shared by several pollers, {@link Ledger#commit} writes nothing and throws {@link LeaseLostException}
     * naming the feeds held no longer. A store with one poller ignores it.
     */
    public Batch leasedBy(String holder, Collection<String> feeds) {
        lease = new LeaseClaim(holder, List.copyOf(feeds));
        return this;
    }

    public @Nullable LeaseClaim lease() {
        return lease;
    }

    public Batch article(ArticleWrite write) {
        articles.add(write);
        return this;
    }

    public Batch match(MatchWrite write) {
        matches.add(write);
        return this;
    }

    public Batch statement(StatementWrite write) {
        statements.add(write);
        return this;
    }

    public Batch revision(RevisionWrite write) {
        revisions.add(write);
        return this;
    }

    public Batch also(String watch, String articleId, String feed) {
        also.add(new AlsoWrite(watch, articleId, feed));
        return this;
    }

    public Batch regroup(String from, String into) {
        regroups.add(new Regroup(from, into));
        return this;
    }

    public Batch attribute(String group, String speaker) {
        attributions.add(new Attribution(group, speaker));
        return this;
    }

    public Batch move(Move move) {
        moves.add(move);
        return this;
    }

    public Batch removal(long statementId, @Nullable Instant at) {
        removals.add(new Removal(statementId, at));
        return this;
    }

    public Batch alias(String alias, String canonical) {
        aliases.put(alias, canonical);
        return this;
    }

    public Batch feedState(FeedState state) {
        feedStates.add(state);
        return this;
    }

    public Batch event(Event event, List<String> hooks) {
        return event(event, hooks, EventJson.write(event));
    }

    /** Adds an event whose JSON line ({@link EventJson#write}) the caller has written already. */
    public Batch event(Event event, List<String> hooks, String json) {
        events.add(new EventWrite(event, List.copyOf(hooks), json));
        return this;
    }

    public List<ArticleWrite> articles() {
        return articles;
    }

    public List<MatchWrite> matches() {
        return matches;
    }

    public List<StatementWrite> statements() {
        return statements;
    }

    public List<RevisionWrite> revisions() {
        return revisions;
    }

    public List<AlsoWrite> also() {
        return also;
    }

    public List<Regroup> regroups() {
        return regroups;
    }

    public List<Attribution> attributions() {
        return attributions;
    }

    public List<Move> moves() {
        return moves;
    }

    public List<Removal> removals() {
        return removals;
    }

    public Map<String, String> aliases() {
        return aliases;
    }

    public List<FeedState> feedStates() {
        return feedStates;
    }

    public List<EventWrite> events() {
        return events;
    }

    public boolean isEmpty() {
        return articles.isEmpty() && matches.isEmpty() && statements.isEmpty() && revisions.isEmpty()
                && also.isEmpty() && regroups.isEmpty() && attributions.isEmpty() && moves.isEmpty()
                && removals.isEmpty() && aliases.isEmpty() && feedStates.isEmpty() && events.isEmpty();
    }
}
