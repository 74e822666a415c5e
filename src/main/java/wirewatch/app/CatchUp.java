package wirewatch.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import wirewatch.match.WireCopy;
import wirewatch.match.WireCopyIndex;
import wirewatch.store.Ledger;
import wirewatch.store.Store;
import wirewatch.store.StoredArticle;
import wirewatch.store.StoredStatement;

/**
 * Brings what this process remembers of the store up to date with what other pollers committed: the articles they
 * matched are filed with the wire copies, and their statements join the speakers' and the story's latest, as if
 * this process had recorded them. Run by the writer at the start of each batch, under the batch's locks, so that an
 * original another poller committed before the locks were granted is known when the batch looks for it. On a store
 * with one writer ({@link Ledger#isShared} false) it does nothing; otherwise, when nothing is new (this process's own
 * events are noted as it commits them), it costs two indexed queries. Not thread-safe: the writer thread's.
 */
final class CatchUp {
    /** Rows read per query; more are read in further pages. */
    private static final int PAGE = 500;

    private final Store store;
    private final Clock clock;
    private final WireCopyIndex copies;
    private final StatementTracker tracker;
    /** Absent on a store with one writer; else the rows taken in, from where the store was when this process began. */
    private final @Nullable SeenIds events;
    private final @Nullable SeenIds statements;

    private CatchUp(Store store, Clock clock, WireCopyIndex copies, StatementTracker tracker) {
        this.store = store;
        this.clock = clock;
        this.copies = copies;
        this.tracker = tracker;
        boolean shared = store.isShared();
        this.events = shared ? new SeenIds(store.lastEventSeq()) : null;
        this.statements = shared ? new SeenIds(store.lastStatementId()) : null;
    }

    /** Starts looking from where the store is now: what was committed before is read when needed, or not at all. */
    static CatchUp from(Store store, Clock clock, WireCopyIndex copies, StatementTracker tracker) {
        return new CatchUp(store, clock, copies, tracker);
    }

    /** Takes in what other pollers committed since the last run. */
    void run() {
        if (events == null || statements == null) {
            return;
        }
        fileMatches(events);
        tracker.catchUp(newStatements(statements));
    }

    /**
     * Notes the events this process has just committed, so the next run does not read them back: their articles are
     * filed already, or were left out of the wire copies on purpose (a duplicate by URL).
     */
    void committed(List<Long> seqs) {
        if (events != null) {
            seqs.forEach(events::add);
        }
    }

    /** Files the articles other pollers matched; this process's own are filed already, and not read again. */
    private void fileMatches(SeenIds seen) {
        List<String> unknown = new ArrayList<>();
        List<Ledger.Logged> page;
        long after = seen.mark();
        do {
            page = store.loggedAfter(after, PAGE);
            for (Ledger.Logged logged : page) {
                String id = logged.matchedArticleId();
                if (seen.add(logged.seq()) && !id.isEmpty() && !copies.contains(id)) {
                    unknown.add(id);
                }
                after = logged.seq();
            }
        } while (page.size() == PAGE);
        seen.settle(clock.instant());
        if (!unknown.isEmpty()) {
            Map<String, StoredArticle> articles = store.articles(unknown);
            for (String id : unknown) {
                StoredArticle matched = articles.get(id);
                if (matched != null) {
                    copies.add(id, WireCopy.signature(matched.article().body()));
                }
            }
        }
    }

    private List<StoredStatement> newStatements(SeenIds seen) {
        List<StoredStatement> found = new ArrayList<>();
        List<StoredStatement> page;
        long after = seen.mark();
        do {
            page = store.statementsAfter(after, PAGE);
            for (StoredStatement statement : page) {
                if (seen.add(statement.id())) {
                    found.add(statement);
                }
                after = statement.id();
            }
        } while (page.size() == PAGE);
        seen.settle(clock.instant());
        return found;
    }
}
