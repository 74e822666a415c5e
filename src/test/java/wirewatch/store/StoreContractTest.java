package wirewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wirewatch.event.ArticleRef;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.Mark;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.event.MatchEvent;
import wirewatch.feed.Article;

/**
 * What every store does, whatever database is behind it: each subclass opens its kind of store on an empty
 * database, and the same cases run on each.
 */
abstract class StoreContractTest {
    static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    /** A new handle on this test's database, empty at first; each call reaches the same database. */
    abstract Store open() throws Exception;

    /** Makes the database refuse every new revision row, as a fault in the middle of a batch. */
    abstract void refuseRevisions() throws Exception;

    static Article article(String id, String title) {
        return new Article(id, "kyiv-wire", "guid-" + id, "http://127.0.0.1/" + id, title,
                "The Kremlin said it would study the ceasefire proposal.", T0, List.of("Olena Marchuk"));
    }

    static MatchEvent matchEvent(String id, Article a) {
        return new MatchEvent(id, T0, "truce", new ArticleRef(a.id(), a.feed(), a.title(), a.url(), a.published()),
                List.of(), "the Kremlin said", List.of("kremlin"), List.of(new Mark(4, 11)), List.of());
    }

    private static Batch.ArticleWrite write(String id, String title) {
        return new Batch.ArticleWrite(article(id, title), "h-" + id, null, T0, null, false);
    }

    /** Every kind of row a poll round writes, in one batch. */
    private static Batch wholeRound() {
        Article a = article("a1", "Kremlin to study truce");
        return new Batch()
                .article(new Batch.ArticleWrite(a, "h1", "http://127.0.0.1/a1", T0, null, false))
                .match(new Batch.MatchWrite("truce", "a1", T0, "the Kremlin said", List.of("kremlin"),
                        List.of(new Mark(4, 11)), List.of("other-wire")))
                .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", Statement.Kind.DIRECT, 0, 19,
                        "g-1", Grouped.Change.NEW, T0))
                .revision(new Batch.RevisionWrite("a1", T0, List.of()))
                .feedState(FeedState.fresh("kyiv-wire").polled("\"v7\"", null, T0, T0.plusSeconds(120), 200, 1))
                .event(matchEvent("e1", a), List.of("hook-a"));
    }

    @Test
    void committedArticleAndMatchReadBack() throws Exception {
        try (Store store = open()) {
            List<Store.Committed> committed = store.commit(wholeRound());
            assertEquals(1, committed.size());
            assertEquals("Kremlin to study truce", store.article("a1").orElseThrow().article().title());
            List<MatchRow> rows = store.matches("truce", null, 0, 10);
            assertEquals(1, rows.size());
            assertEquals(List.of(new Mark(4, 11)), rows.get(0).marks());
            assertEquals(List.of("other-wire"), rows.get(0).also());
            assertTrue(store.isMatched("truce", "a1"));
            assertEquals(List.of(new WatchCount("truce", 1, 1)), store.watchCounts());
            assertEquals(1, store.pendingDeliveries("hook-a", T0, 10).size());
            assertEquals(List.of(List.of()), store.revisionsOf("a1"));
            assertEquals("\"v7\"", store.feedState("kyiv-wire").etag());
            assertEquals(new ArchiveCounts(1, 1, 1, 0), store.counts());
        }
    }

    @Test
    void batchThatFailsHalfWayLeavesNothingOfItself() throws Exception {
        try (Store store = open()) {
            refuseRevisions();
            assertThrows(StoreException.class, () -> store.commit(wholeRound()));
            assertTrue(store.article("a1").isEmpty());
            assertTrue(store.matches("truce", null, 0, 10).isEmpty());
            assertNull(store.feedState("kyiv-wire").etag());
            assertTrue(store.pendingDeliveries("hook-a", T0, 10).isEmpty());
            assertEquals(0, store.lastEventSeq());
            assertEquals(new ArchiveCounts(0, 0, 0, 0), store.counts());
        }
    }

    @Test
    void sameEventIdIsNeverQueuedTwice() throws Exception {
        try (Store store = open()) {
            Article a = article("a1", "Kremlin to study truce");
            store.commit(new Batch().event(matchEvent("e1", a), List.of("hook-a")));
            List<Store.Committed> again = store.commit(new Batch().event(matchEvent("e1", a), List.of("hook-a")));
            assertTrue(again.isEmpty());
            assertEquals(1, store.pendingDeliveries("hook-a", T0, 10).size());
        }
    }

    private static Batch feedErrors(String... ids) {
        Batch batch = new Batch();
        for (String id : ids) {
            batch.event(new FeedErrorEvent(id, T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 500"), List.of("h"));
        }
        return batch;
    }

    @Test
    void deliveriesAreDoneOrFailedForGood() throws Exception {
        try (Store store = open()) {
            store.commit(feedErrors("f1", "f2"));
            List<Delivery> due = store.pendingDeliveries("h", T0, 10);
            assertEquals(List.of("f1", "f2"), due.stream().map(Delivery::eventId).toList());
            store.deliveryDone("h", due.get(0).seq());
            store.deliveryFailed("h", due.get(1).seq(), "exit 3", null);
            assertTrue(store.pendingDeliveries("h", T0, 10).isEmpty());
            assertEquals("exit 3", store.failedDeliveries(10).get(0).lastError());
            assertEquals(1, store.counts().failedDeliveries());
        }
    }

    @Test
    void retryMakesFailedAndWaitingDeliveriesDueAndLeavesDoneOnes() throws Exception {
        try (Store store = open()) {
            List<Long> seqs = store.commit(feedErrors("f1", "f2", "f3")).stream().map(Store.Committed::seq).toList();
            store.deliveryDone("h", seqs.get(0));
            store.deliveryFailed("h", seqs.get(1), "exit 3", null);
            store.deliveryFailed("h", seqs.get(2), "exit 3", T0.plusSeconds(300));

            assertEquals(2, store.retryDeliveries("h"));

            List<Delivery> due = store.pendingDeliveries("h", T0, 10);
            assertEquals(List.of("f2", "f3"), due.stream().map(Delivery::eventId).toList());
            assertEquals(List.of(0, 1), due.stream().map(Delivery::attempts).toList());
            assertEquals(List.of(new HookBacklog("h", 2, 0, "f2", "feed_error", T0)), store.backlogs());
        }
    }

    @Test
    void retryForEveryHookTakesNoHookKey() throws Exception {
        try (Store store = open()) {
            long seq = store.commit(feedErrors("f1")).get(0).seq();
            store.deliveryFailed("h", seq, "exit 3", null);
            assertEquals(1, store.retryDeliveries(null));
            assertEquals(1, store.pendingDeliveryCount());
        }
    }

    @Test
    void renamedHookKeepsWhatWasOwedAndTheNewKeysOwnCopy() throws Exception {
        try (Store store = open()) {
            Batch batch = new Batch()
                    .event(new FeedErrorEvent("f1", T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 500"),
                            List.of("old", "new"))
                    .event(new FeedErrorEvent("f2", T0, "kyiv-wire", "http://127.0.0.1/rss", "HTTP 502"),
                            List.of("old"));
            store.commit(batch);
            assertEquals(1, store.renameHook("old", "new"));
            assertEquals(List.of("f1", "f2"),
                    store.pendingDeliveries("new", T0, 10).stream().map(Delivery::eventId).toList());
            assertTrue(store.pendingDeliveries("old", T0, 10).isEmpty());
            assertEquals(1, store.dropDeliveries("new") - 1);
        }
    }

    @Test
    void eventsAfterFollowTheLogInOrder() throws Exception {
        try (Store store = open()) {
            List<Store.Committed> committed = store.commit(feedErrors("f1", "f2"));
            long first = committed.get(0).seq();
            assertEquals(List.of("f2"), store.eventsAfter(first, 10).stream().map(Store.LoggedEvent::id).toList());
            assertEquals(committed.get(1).seq(), store.lastEventSeq());
        }
    }

    @Test
    void loggedAfterListsEverySeqAndTheArticlesOfMatches() throws Exception {
        try (Store store = open()) {
            long before = store.lastEventSeq();
            List<Store.Committed> committed = store.commit(wholeRound().event(new FeedErrorEvent("f1", T0,
                    "kyiv-wire", "http://127.0.0.1/feed", "HTTP 500"), List.of()));
            List<Ledger.Logged> logged = store.loggedAfter(before, 10);
            assertEquals(committed.stream().map(Store.Committed::seq).toList(),
                    logged.stream().map(Ledger.Logged::seq).toList());
            assertEquals(List.of("a1", ""), logged.stream().map(Ledger.Logged::matchedArticleId).toList());
            assertEquals(1, store.loggedAfter(before, 1).size());
            assertEquals(List.of(), store.loggedAfter(committed.get(1).seq(), 10));
        }
    }

    @Test
    void statementsAfterFollowTheirIds() throws Exception {
        try (Store store = open()) {
            assertEquals(0, store.lastStatementId());
            store.commit(wholeRound());
            long first = store.lastStatementId();
            store.commit(new Batch().statement(new Batch.StatementWrite("a1", null, "talks would go on",
                    Statement.Kind.INDIRECT, 30, 47, "g-2", Grouped.Change.NEW, T0)));
            List<StoredStatement> after = store.statementsAfter(0, 10);
            assertEquals(List.of("we need to study it", "talks would go on"),
                    after.stream().map(StoredStatement::quote).toList());
            assertEquals(first, after.get(0).id());
            assertEquals(List.of("talks would go on"),
                    store.statementsAfter(first, 10).stream().map(StoredStatement::quote).toList());
            assertEquals(store.lastStatementId(), after.get(1).id());
        }
    }

    @Test
    void feedStateSurvivesReopen() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().feedState(FeedState.fresh("kyiv-wire").polled("\"v7\"", "Thu, 13 Mar 2025",
                    T0, T0.plusSeconds(120), 200, 40).polled("\"v7\"", null, T0, T0.plusSeconds(120), 304, 0)));
        }
        try (Store store = open()) {
            FeedState state = store.feedState("kyiv-wire");
            assertEquals("\"v7\"", state.etag());
            assertEquals(T0.plusSeconds(120), state.nextPoll());
            assertEquals(304, state.lastStatus());
            assertEquals(40, state.items());
            assertEquals(2, state.polls());
            assertEquals(1, state.notModified());
        }
    }

    @Test
    void alsoFeedIsAddedOnce() throws Exception {
        try (Store store = open()) {
            store.commit(wholeRound());
            store.commit(new Batch().also("truce", "a1", "third-wire").also("truce", "a1", "other-wire"));
            store.commit(new Batch().also("truce", "a1", "third-wire"));
            assertEquals(List.of("other-wire", "third-wire"), store.matches("truce", null, 0, 10).get(0).also());
        }
    }

    @Test
    void matchesPageNewestFirstAndFilterIgnoresCase() throws Exception {
        try (Store store = open()) {
            Batch batch = new Batch();
            for (int i = 0; i < 5; i++) {
                batch.article(write("a" + i, i % 2 == 0 ? "Truce talk " + i : "Other " + i))
                        .match(new Batch.MatchWrite("truce", "a" + i, T0.plusSeconds(i), "s", List.of(), List.of(),
                                List.of()));
            }
            store.commit(batch);
            assertEquals(List.of("a3", "a2"),
                    store.matches("truce", null, 1, 2).stream().map(MatchRow::articleId).toList());
            assertEquals(List.of("a4", "a2", "a0"),
                    store.matches("truce", "TRUCE", 0, 10).stream().map(MatchRow::articleId).toList());
            store.markSeen("a4", true);
            assertEquals(List.of(new WatchCount("truce", 5, 4)), store.watchCounts());
        }
    }

    @Test
    void statementsFilterBySpeakersAndWatch() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().article(write("a1", "Truce")).article(write("a2", "Other"))
                    .match(new Batch.MatchWrite("truce", "a1", T0, "s", List.of(), List.of(), List.of()))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", Statement.Kind.DIRECT, 0,
                            19, "g-1", Grouped.Change.NEW, T0))
                    .statement(new Batch.StatementWrite("a2", "Olena Marchuk", "no answer yet", Statement.Kind.DIRECT, 0, 13,
                            "g-2", Grouped.Change.NEW, T0.plusSeconds(1)))
                    .statement(new Batch.StatementWrite("a2", null, "talks go on", Statement.Kind.DIRECT, 20, 31, "g-3", Grouped.Change.NEW,
                            T0.plusSeconds(2))));
            assertEquals(List.of("Olena Marchuk"), quotesBy(store.statements(Set.of("Olena Marchuk"), null, 0, 10)));
            assertEquals(List.of("Dmitry Peskov"), quotesBy(store.statements(null, "truce", 0, 10)));
            assertTrue(store.statements(Set.of(), null, 0, 10).isEmpty());
            assertEquals(1, store.statementsBySpeaker("dmitry peskov", 10).size());
            assertEquals(List.of("talks go on"),
                    store.unattributedStatements(10).stream().map(StoredStatement::quote).toList());
            assertEquals(Set.of("Dmitry Peskov", "Olena Marchuk"), Set.copyOf(store.speakers()));
        }
    }

    private static List<String> quotesBy(List<StoredStatement> statements) {
        List<String> speakers = new ArrayList<>();
        statements.forEach(s -> speakers.add(s.speaker()));
        return speakers;
    }

    @Test
    void articlesFoundByIdAndCanonicalUrl() throws Exception {
        try (Store store = open()) {
            store.commit(wholeRound());
            assertEquals(Set.of("a1"), store.articles(List.of("a1", "a9")).keySet());
            assertEquals("a1", store.articleByCanonicalUrl("http://127.0.0.1/a1").orElseThrow());
            assertFalse(store.articleByCanonicalUrl("http://127.0.0.1/a9").isPresent());
            assertEquals(List.of("truce"), store.watchesOf("a1"));
        }
    }

    @Test
    void refetchIsDueOnceScheduledAndGoneWhenStopped() throws Exception {
        try (Store store = open()) {
            store.commit(wholeRound());
            store.scheduleRefetch("a1", T0.plusSeconds(60), 1);
            assertTrue(store.dueRefetches(T0, 10).isEmpty());
            assertEquals(1, store.dueRefetches(T0.plusSeconds(60), 10).size());
            store.scheduleRefetch("a1", null, 2);
            assertTrue(store.dueRefetches(T0.plusSeconds(600), 10).isEmpty());
        }
    }

    @Test
    void archiveIsReadNewestFirstFromASince() throws Exception {
        try (Store store = open()) {
            Article old = new Article("old", "kyiv-wire", "guid-old", "http://127.0.0.1/old", "Old", "Text", null,
                    List.of());
            store.commit(new Batch().article(new Batch.ArticleWrite(old, "h", null, T0.minusSeconds(3600), null,
                    false)).article(write("new", "New")));
            List<String> ids = new ArrayList<>();
            store.forEachArticle(T0.minusSeconds(60), a -> ids.add(a.article().id()));
            assertEquals(List.of("new"), ids);
        }
    }

    @Test
    void aliasesAreUpdatedInPlace() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().alias("Peskov", "Dmitry Peskov"));
            store.commit(new Batch().alias("Peskov", "Dmitri Peskov"));
            assertEquals(java.util.Map.of("Peskov", "Dmitri Peskov"), store.aliases());
        }
    }

    @Test
    void attributionNamesOnlyTheGroupsUnattributedStatements() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().article(write("a1", "Kremlin to study truce"))
                    .statement(new Batch.StatementWrite("a1", null, "we need to study it", Statement.Kind.DIRECT, 0, 19,
                            "g-study", Grouped.Change.NEW, T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it first",
                            Statement.Kind.DIRECT, 30, 55, "g-study", Grouped.Change.VARIANT, T0))
                    .statement(new Batch.StatementWrite("a1", null, "the talks will go on", Statement.Kind.DIRECT, 60, 80,
                            "g-talks", Grouped.Change.NEW, T0)));
            store.commit(new Batch().attribute("g-study", "Dmitry Peskov"));
            List<String> speakers = store.statementsOf("a1").stream().map(StoredStatement::speaker)
                    .map(s -> s == null ? "absent" : s).toList();
            assertEquals(List.of("Dmitry Peskov", "Dmitry Peskov", "absent"), speakers);
        }
    }

    @Test
    void regroupMovesEveryStatementOfTheOldGroup() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().article(write("a1", "Kremlin to study truce"))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", Statement.Kind.DIRECT, 0, 19,
                            "g-early", Grouped.Change.NEW, T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "it needs careful study", Statement.Kind.INDIRECT,
                            30, 51, "g-late", Grouped.Change.NEW, T0)));
            store.commit(new Batch().regroup("g-late", "g-early"));
            assertEquals(List.of("g-early", "g-early"),
                    store.statementsOf("a1").stream().map(StoredStatement::group).toList());
        }
    }

    @Test
    void removedStatementKeepsItsPlaceAndSaysWhen() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().article(write("a1", "Kremlin to study truce"))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", Statement.Kind.DIRECT, 0, 19,
                            "g-1", Grouped.Change.NEW, T0)));
            long id = store.statementsOf("a1").get(0).id();
            store.commit(new Batch().removal(id, T0.plusSeconds(5)));
            assertEquals(T0.plusSeconds(5), store.statementsOf("a1").get(0).removed());
        }
    }

    @Test
    void groupReadsBackOldestRenderingFirst() throws Exception {
        try (Store store = open()) {
            store.commit(new Batch().article(write("a1", "Kremlin to study truce"))
                    .article(write("a2", "Moscow weighs truce"))
                    .statement(new Batch.StatementWrite("a2", "Dmitry Peskov", "we must study it first", Statement.Kind.DIRECT,
                            0, 22, "g-study", Grouped.Change.VARIANT, T0.plusSeconds(600)))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "we need to study it", Statement.Kind.DIRECT, 0, 19,
                            "g-study", Grouped.Change.NEW, T0))
                    .statement(new Batch.StatementWrite("a1", "Dmitry Peskov", "no answer before Friday", Statement.Kind.DIRECT,
                            30, 53, "g-friday", Grouped.Change.NEW, T0)));
            assertEquals(List.of("we need to study it", "we must study it first"),
                    store.statementsInGroup("g-study", 10).stream().map(StoredStatement::quote).toList());
        }
    }
}
