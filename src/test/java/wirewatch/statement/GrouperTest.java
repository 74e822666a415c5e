package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GrouperTest {
    private final Grouper grouper = new Grouper(new VariantMatcher());

    private static Statement said(@Nullable String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.DIRECT, 0, quote.length());
    }

    private final Statement wire = said("Elena Varga",
            "We will open the corridor as soon as the inspectors confirm the mines are cleared");
    private final Statement translation = said("Elena Varga",
            "We will reopen the corridor once inspectors confirm that the mines have been removed");
    private final Statement budget = said("Elena Varga", "The budget for schools will rise by a tenth next year");
    private final Statement other = said("Tomas Hollander",
            "We will open the corridor as soon as the inspectors confirm the mines are cleared");

    @Test
    void firstStatementIsNewAndHasNoPrevious() {
        Grouped g = grouper.group(List.of(wire)).get(0);
        assertEquals(Grouped.Change.NEW, g.change());
        assertNull(g.previous());
    }

    @Test
    void laterRenderingJoinsTheGroupAsVariantOfTheEarlierOne() {
        List<Grouped> g = grouper.group(List.of(wire, translation));
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
        assertEquals(wire, g.get(1).previous());
    }

    @Test
    void differentRemarkStartsNewGroup() {
        List<Grouped> g = grouper.group(List.of(wire, budget));
        assertEquals(Grouped.Change.NEW, g.get(1).change());
        assertNotEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void sameWordsFromAnotherSpeakerStartNewGroup() {
        List<Grouped> g = grouper.group(List.of(wire, other));
        assertNotEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void unattributedRenderingsOfOneRemarkShareAGroup() {
        List<Grouped> g = grouper.group(List.of(said(null, wire.quote()), said(null, translation.quote())));
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void groupIdsAreStableAcrossRuns() {
        assertEquals(grouper.group(List.of(wire, translation, budget)),
                new Grouper(new VariantMatcher()).group(List.of(wire, translation, budget)));
    }

    @Test
    void placingOneStatementAgreesWithGroupingAll() {
        List<Grouped> earlier = grouper.group(List.of(wire, budget));
        Grouped placed = grouper.place(translation, earlier);
        assertEquals(earlier.get(0).group(), placed.group());
    }

    private static Statement reported(String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.INDIRECT, 0, quote.length());
    }

    private static Statement at(Statement s, int start) {
        return new Statement(s.speaker(), s.quote(), s.kind(), start, start + s.quote().length());
    }

    /** Places the statements one by one, each with the article it came from. */
    private List<Grouped> inArticles(Object... statementThenArticle) {
        List<Rendering> placed = new java.util.ArrayList<>();
        List<Grouped> out = new java.util.ArrayList<>();
        for (int i = 0; i < statementThenArticle.length; i += 2) {
            Statement s = (Statement) statementThenArticle[i];
            String article = (String) statementThenArticle[i + 1];
            Grouped g = grouper.place(s, article, placed);
            placed.add(new Rendering(g.statement(), article, g.group()));
            out.add(g);
        }
        return out;
    }

    @Test
    void unattributedQuoteIdenticalToAnotherArticlesTakesItsGroupAndSpeaker() {
        List<Grouped> g = inArticles(wire, "wire", said(null, wire.quote()), "courier");
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
        assertEquals("Elena Varga", g.get(1).statement().speaker());
        assertFalse(g.get(1).namesGroup());
    }

    @Test
    void unattributedQuoteNearlyIdenticalToAnotherArticlesTakesItsSpeaker() {
        Statement trimmed = said(null, "We will open the corridor as soon as inspectors confirm the mines are cleared");
        List<Grouped> g = inArticles(wire, "wire", trimmed, "courier");
        assertEquals(g.get(0).group(), g.get(1).group());
        assertEquals("Elena Varga", g.get(1).statement().speaker());
    }

    @Test
    void attributedRenderingGivesItsSpeakerToAGroupThatHadNone() {
        List<Grouped> g = inArticles(said(null, wire.quote()), "courier", wire, "wire");
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
        assertEquals("Elena Varga", g.get(1).statement().speaker());
        assertTrue(g.get(1).namesGroup());
    }

    @Test
    void groupNamedByALaterRenderingIsNoLongerAnyonesElse() {
        List<Grouped> g = inArticles(said(null, wire.quote()), "courier", other, "ledger", wire, "wire");
        assertEquals(g.get(0).group(), g.get(1).group());
        assertNotEquals(g.get(0).group(), g.get(2).group());
        assertEquals(Grouped.Change.NEW, g.get(2).change());
    }

    @Test
    void unattributedQuoteInTheSameArticleDoesNotTakeTheSpeaker() {
        List<Grouped> g = inArticles(wire, "wire", at(said(null, wire.quote()), 300), "wire");
        assertNotEquals(g.get(0).group(), g.get(1).group());
        assertNull(g.get(1).statement().speaker());
    }

    @Test
    void unattributedParaphraseOnlyLooselyLikeANamedQuoteStaysUnattributed() {
        String loose = "the corridor stays shut until the inspectors confirm it is safe";
        assertEquals(Grouped.Change.VARIANT,
                inArticles(wire, "wire", reported("Elena Varga", loose), "courier").get(1).change(),
                "from the quote's own speaker it is a variant");
        List<Grouped> g = inArticles(wire, "wire", reported(null, loose), "courier");
        assertEquals(Grouped.Change.NEW, g.get(1).change());
        assertNull(g.get(1).statement().speaker());
    }

    @Test
    void shortQuoteWithTheSameFewWordsLendsNoSpeaker() {
        List<Grouped> g = inArticles(reported("Ilse Brandt", "she would not answer questions"), "wire",
                said(null, "more questions than answers"), "courier");
        assertEquals(Grouped.Change.NEW, g.get(1).change());
        assertNull(g.get(1).statement().speaker());
    }

    @Test
    void twoQuotationsFromOneArticleOnDifferentPointsStayApart() {
        Statement corridor = at(said("Elena Varga", "We will reopen the corridor once the inspectors confirm the "
                + "mines are gone"), 100);
        Statement inspectors = at(said("Elena Varga", "The inspectors will need a week before the corridor can "
                + "take ships"), 400);
        List<Grouped> g = inArticles(corridor, "wire", inspectors, "wire");
        assertNotEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void partialQuoteLiftedFromTheArticlesOwnParaphraseJoinsIt() {
        Statement paraphrase = at(reported("Ilse Brandt", "the port was waiting for “written guarantees” from the "
                + "insurers before it reopened"), 200);
        Statement excerpt = at(said("Ilse Brandt", "written guarantees"), 227);
        List<Grouped> g = inArticles(paraphrase, "ledger", excerpt, "ledger");
        assertEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void paraphraseInOneOutletJoinsTheQuotationInAnother() {
        Statement quote = said("Tomas Hollander", "The navy will escort the first convoy out of Tessa on Friday");
        Statement paraphrase = reported("Tomas Hollander", "the navy would escort the first convoy leaving Tessa");
        List<Grouped> g = inArticles(quote, "wire", paraphrase, "courier");
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void sameSpeakerOnAnotherPointOfTheSameTopicStartsNewGroup() {
        Statement escort = said("Tomas Hollander", "The navy will escort the first convoy out of Tessa on Friday");
        Statement mines = said("Tomas Hollander", "Divers found two more mines near the convoy route into Tessa");
        Statement insurance = reported("Tomas Hollander", "insurers had not yet agreed to cover the convoy");
        List<Grouped> g = inArticles(escort, "wire", mines, "courier", insurance, "ledger");
        assertNotEquals(g.get(0).group(), g.get(1).group());
        assertNotEquals(g.get(0).group(), g.get(2).group());
        assertNotEquals(g.get(1).group(), g.get(2).group());
    }

    @Test
    void remarksSharingOnlyTheStorysCommonWordsStayApart() {
        Statement timing = said("Elena Varga", "We support the corridor proposal, but the corridor cannot open before "
                + "the inspectors have swept every berth");
        Statement cost = said("Elena Varga", "We support the corridor proposal, and farmers will pay less for fuel "
                + "once the corridor is open");
        List<Grouped> g = inArticles(
                reported("Tomas Hollander", "the navy supported the corridor proposal"), "wire",
                reported("Ilse Brandt", "the port backed the corridor proposal from the start"), "wire",
                reported("Marovian Foreign Ministry", "it welcomed support for the corridor proposal"), "courier",
                reported("Andrei Lasko", "the opposition would not support a corridor proposal drafted abroad"),
                "courier",
                reported("Port Workers Union", "its members supported opening the corridor"), "ledger",
                timing, "ledger", cost, "herald");
        assertNotEquals(g.get(5).group(), g.get(6).group());
    }

    @Test
    void renderingCloseToTwoGroupsJoinsThem() {
        Statement shortForm = new Statement("Tomas Reyk", "no truce while Velmoran troops hold the east bank",
                Statement.Kind.DIRECT, 0, 47);
        Statement otherWords = new Statement("Tomas Reyk",
                "Ardesh cannot consider any pause in the fighting so long as foreign forces occupy the far side",
                Statement.Kind.DIRECT, 0, 94);
        // The full speech, as one outlet printed it, holds both excerpts: they were one remark.
        Statement bridge = new Statement("Tomas Reyk", "no truce while Velmoran troops hold the east bank; Ardesh "
                + "cannot consider any pause in the fighting so long as foreign forces occupy the far side",
                Statement.Kind.DIRECT, 0, 141);
        List<Rendering> earlier = new java.util.ArrayList<>();
        Grouped first = grouper.place(shortForm, "river-post", earlier);
        earlier.add(new Rendering(shortForm, "river-post", first.group()));
        Grouped second = grouper.place(otherWords, "meridian-wire", earlier);
        earlier.add(new Rendering(otherWords, "meridian-wire", second.group()));
        Grouped third = grouper.place(bridge, "ardesh-today", earlier);
        java.util.Set<String> groups = new java.util.HashSet<>(third.merged());
        groups.add(third.group());
        assertEquals(2, new java.util.HashSet<>(List.of(first.group(), second.group())).size(), "two groups first");
        assertEquals(new java.util.HashSet<>(List.of(first.group(), second.group())), groups,
                "first " + first + " second " + second + " third " + third);
    }

    /** One story's renderings by three outlets: two remarks of one speaker, another speaker's, and unattributed. */
    private List<Rendering> story() {
        return List.of(
                new Rendering(said("Elena Varga", wire.quote()), "harbour-wire", "a"),
                new Rendering(said("Elena Varga", "The budget for schools will rise by a tenth next year"),
                        "harbour-wire", "b"),
                new Rendering(indirect("Tomas Hollander", "the navy would escort the first convoy out of the port"),
                        "harbour-wire", "c"),
                new Rendering(said("Elena Varga", translation.quote()), "coast-daily", "a"),
                new Rendering(said("Elena Varga", "the inspectors confirm the mines are cleared"), "coast-daily", "a"),
                new Rendering(indirect("Elena Varga", "school budgets would rise by ten percent next year"),
                        "coast-daily", "d"),
                new Rendering(said("Tomas Hollander", "The navy will escort the first convoy out of the port"),
                        "coast-daily", "e"),
                new Rendering(indirect("Elena Varga", "the corridor would reopen once the mines were cleared"),
                        "river-post", "f"),
                new Rendering(said("Elena Varga", "We will open the corridor as soon as the inspectors confirm the "
                        + "mines are cleared"), "river-post", "a"),
                new Rendering(said(null, "The navy will escort the first convoy out of the port"), "river-post", "g"),
                new Rendering(indirect("Tomas Hollander", "fishing boats may leave the port again next month"),
                        "river-post", "h"));
    }

    private static Statement indirect(@Nullable String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.INDIRECT, 0, quote.length());
    }

    /** The renderings that share a group, as sets of quotes with their speakers. */
    private static Set<Set<String>> partition(List<Rendering> renderings, List<String> groups) {
        Map<String, Set<String>> byGroup = new HashMap<>();
        for (int i = 0; i < renderings.size(); i++) {
            Statement s = renderings.get(i).statement();
            byGroup.computeIfAbsent(groups.get(i), g -> new HashSet<>()).add(s.speaker() + ": " + s.quote() + " @"
                    + renderings.get(i).article());
        }
        return Set.copyOf(byGroup.values());
    }

    @Test
    void settledGroupsDoNotDependOnTheOrderOfTheRenderings() {
        List<Rendering> story = story();
        Set<Set<String>> first = partition(story, grouper.settle(story));
        for (long seed = 1; seed <= 8; seed++) {
            List<Rendering> shuffled = new ArrayList<>(story);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, partition(shuffled, grouper.settle(shuffled)), "order " + seed);
        }
    }

    @Test
    void settlingJoinsRenderingsOfOneRemarkAndPartsOthers() {
        List<Rendering> story = story();
        List<String> groups = grouper.settle(story);
        assertEquals(groups.get(0), groups.get(4), "an excerpt of it");
        assertEquals(groups.get(0), groups.get(8), "the same words from another outlet");
        assertEquals(groups.get(1), groups.get(5), "the school budget, quoted and reported");
        assertEquals(groups.get(2), groups.get(6), "the escort, reported and quoted");
        assertNotEquals(groups.get(0), groups.get(1), "another remark of the same speaker");
        assertNotEquals(groups.get(6), groups.get(10), "another remark of the other speaker");
    }

    @Test
    void aGroupSplitBySettlingKeepsItsIdForTheLargerPart() {
        List<Rendering> story = List.of(new Rendering(wire, "one", "kept"),
                new Rendering(translation, "two", "kept"), new Rendering(budget, "three", "kept"));
        List<String> groups = grouper.settle(story);
        assertEquals(List.of("kept", "kept"), groups.subList(0, 2));
        assertNotEquals("kept", groups.get(2));
    }
}
