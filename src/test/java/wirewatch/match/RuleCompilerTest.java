package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import wirewatch.config.Location;
import wirewatch.config.WatchSpec;

class RuleCompilerTest {
    private final RuleCompiler compiler = new RuleCompiler();

    private static WatchSpec shorthand(List<String> all, List<String> any, List<String> none, int near,
                                       List<String> feeds) {
        return new WatchSpec("truce-talks", null, all, any, none, near, feeds, Location.NONE);
    }

    @Test
    void queryIsDisplayedAsWritten() throws RuleException {
        CompiledRule rule = compiler.compile(WatchSpec.query("ceasefire-kremlin",
                "ceasefire AND (Kremlin OR Putin OR Peskov)"));
        assertEquals("ceasefire AND (Kremlin OR Putin OR Peskov)", rule.display());
        assertEquals("ceasefire-kremlin", rule.watch());
    }

    @Test
    void shorthandCompilesToTheQueryLanguage() throws RuleException {
        CompiledRule rule = compiler.compile(shorthand(List.of("ceasefire", "Kremlin"), List.of("Witkoff", "Rubio"),
                List.of("football"), 0, List.of()));
        assertEquals("ceasefire AND Kremlin AND (Witkoff OR Rubio) AND NOT football", rule.display());
    }

    @Test
    void shorthandAndQueryGiveTheSameLuceneQuery() throws RuleException {
        CompiledRule shorthand = compiler.compile(shorthand(List.of("ceasefire", "Kremlin"), List.of(), List.of(),
                0, List.of()));
        assertEquals(compiler.parse("ceasefire AND Kremlin"), shorthand.query());
    }

    @Test
    void nearBecomesAProximityPhrase() throws RuleException {
        CompiledRule rule = compiler.compile(shorthand(List.of("ceasefire", "Kremlin"), List.of(), List.of(), 40,
                List.of()));
        assertEquals("\"ceasefire Kremlin\"~40", rule.display());
    }

    @Test
    void feedsBecomeAFeedClause() throws RuleException {
        CompiledRule rule = compiler.compile(shorthand(List.of("ceasefire"), List.of(), List.of(), 0,
                List.of("guardian-world", "reuters-world")));
        assertEquals("ceasefire AND feed:(guardian-world OR reuters-world)", rule.display());
    }

    @Test
    void feedsWrapAWrittenQuery() throws RuleException {
        CompiledRule rule = compiler.compile(WatchSpec.query("w", "ceasefire OR truce")
                .withFeeds(List.of("guardian-world")));
        assertEquals("(ceasefire OR truce) AND feed:guardian-world", rule.display());
    }

    @Test
    void shorthandPhrasesAreQuoted() throws RuleException {
        CompiledRule rule = compiler.compile(shorthand(List.of("Vladimir Putin"), List.of("root causes", "NATO"),
                List.of(), 0, List.of()));
        assertEquals("\"Vladimir Putin\" AND (\"root causes\" OR NATO)", rule.display());
    }

    @Test
    void shorthandEscapesQuerySyntax() throws RuleException {
        CompiledRule rule = compiler.compile(shorthand(List.of("C++", "AND"), List.of(), List.of(), 0, List.of()));
        assertEquals("C\\+\\+ AND \"AND\"", rule.display());
    }

    @Test
    void missingParenthesisNamesWatchAndColumn() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("truce-talks", "ceasefire AND (")));
        assertEquals("watch 'truce-talks': cannot parse query 'ceasefire AND (' at column 15: missing ')'",
                e.getMessage());
        assertEquals(15, e.column());
    }

    @Test
    void danglingOperatorIsNamed() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("truce-talks", "ceasefire AND")));
        assertEquals("nothing after 'AND'", e.problem());
    }

    @Test
    void unclosedQuoteIsFoundWhereItOpens() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("truce-talks", "Kremlin AND \"root causes")));
        assertEquals(13, e.column());
        assertEquals("missing closing '\"'", e.problem());
    }

    @Test
    void strayClosingParenthesisIsNamed() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("truce-talks", "ceasefire) AND Kremlin")));
        assertEquals(10, e.column());
        assertTrue(e.problem().contains("')'"), e.problem());
    }

    @Test
    void ruleThatOnlyExcludesIsRefused() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("no-football", "NOT football")));
        assertTrue(e.getMessage().startsWith("watch 'no-football':"), e.getMessage());
        assertTrue(e.problem().contains("never match"), e.problem());
    }

    @Test
    void emptyShorthandIsRefused() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(shorthand(List.of(), List.of(), List.of("football"), 0, List.of())));
        assertEquals("truce-talks", e.watch());
    }

    @Test
    void adHocQueryErrorsNameNoWatch() {
        RuleException e = assertThrows(RuleException.class, () -> compiler.parse("(ceasefire"));
        assertTrue(e.getMessage().startsWith("cannot parse query '(ceasefire' at column"), e.getMessage());
    }

    @Test
    void unknownFieldIsRefusedListingTheKnownOnes() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("truce-talks", "Kremlin AND titel:ceasefire")));
        assertEquals("watch 'truce-talks': cannot parse query 'Kremlin AND titel:ceasefire' at column 13: unknown "
                + "field 'titel' (did you mean 'title'?); the fields are title, body, feed, author, and a word with "
                + "':' in it goes in quotes", e.getMessage());
    }

    @Test
    void unknownFieldUnderNotIsRefused() {
        RuleException e = assertThrows(RuleException.class, () -> compiler.parse("ceasefire NOT sport:football"));
        assertTrue(e.problem().startsWith("unknown field 'sport'; the fields are title, body"), e.problem());
    }

    @Test
    void everyKnownFieldIsAccepted() throws RuleException {
        compiler.parse("title:ceasefire body:talks feed:kyiv-wire author:smith \"http://example.com\"");
    }

    @Test
    void leadingWildcardIsRefusedWithTheParsersReason() {
        RuleException e = assertThrows(RuleException.class, () -> compiler.parse("*fire"));
        assertTrue(e.problem().contains("first character"), e.problem());
    }

    @Test
    void thousandsOfNestedParenthesesAreRefusedAtTheFirstLevelTooDeep() {
        String deep = "(".repeat(3000) + "ceasefire" + ")".repeat(3000);
        RuleException e = assertThrows(RuleException.class, () -> compiler.compile(WatchSpec.query("deep", deep)));
        assertEquals(Nesting.MAX_DEPTH + 1, e.column());
        assertEquals("parentheses nest more than 100 deep", e.problem());
    }

    @Test
    void nestingUpToTheLimitCompiles() throws RuleException {
        String deep = "(".repeat(Nesting.MAX_DEPTH) + "ceasefire" + ")".repeat(Nesting.MAX_DEPTH);
        assertEquals(deep, compiler.compile(WatchSpec.query("deep", deep)).display());
    }

    @Test
    void parenthesesInsideQuotesDoNotCountAsNesting() throws RuleException {
        compiler.compile(WatchSpec.query("quoted", "\"" + "(".repeat(200) + "\" AND ceasefire"));
    }

    @Test
    void malformedRegexIsPlacedAtItsColumn() {
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("rx", "ceasefire AND /[a-/")));
        assertEquals(15, e.column());
        assertTrue(e.problem().startsWith("invalid regular expression ("), e.problem());
    }

    @Test
    void hugeQueryIsEchoedAsAShortExcerpt() {
        StringBuilder query = new StringBuilder("t0");
        for (int i = 1; i < 100_000; i++) {
            query.append(" OR t").append(i);
        }
        RuleException e = assertThrows(RuleException.class,
                () -> compiler.compile(WatchSpec.query("big", query.toString())));
        assertTrue(e.getMessage().length() < 2 * RuleException.EXCERPT_RADIUS + 200, e.getMessage());
        assertTrue(e.getMessage().contains("'t0 OR t1 OR"), e.getMessage());
        assertTrue(e.getMessage().contains("…'"), e.getMessage());
        assertEquals(query.toString(), e.query());
        assertEquals("more than 1024 terms in one rule", e.problem());
    }

    @Test
    void excerptCutsBothSidesAroundTheColumn() {
        String query = "a".repeat(100) + "X" + "b".repeat(100);
        assertEquals("…" + "a".repeat(60) + "X" + "b".repeat(59) + "…", RuleException.excerpt(query, 101));
        assertEquals("short (", RuleException.excerpt("short (", 7));
    }
}
