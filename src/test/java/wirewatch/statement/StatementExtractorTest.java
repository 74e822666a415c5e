package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wirewatch.statement.Fixtures.find;
import static wirewatch.statement.Fixtures.has;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {
    private final StatementExtractor extractor = new StatementExtractor();
    private final String wire = Fixtures.text("harbour-wire.txt");
    private final String review = Fixtures.text("harbour-review.txt");

    private List<Statement> extract(String text) {
        return extractor.extract(text, Aliases.none());
    }

    /** The review as read after the wire story, whose full names it then knows. */
    private List<Statement> review() {
        return extractor.extract(review, extractor.read(wire, Aliases.none()).aliases());
    }

    @Test
    void curlyQuoteIsDirectWithOffsetsIntoTheText() {
        String text = "“We will open the corridor as soon as the mines are cleared,” Varga told reporters.";
        Statement s = extract(text).get(0);
        assertEquals(Statement.Kind.DIRECT, s.kind());
        assertEquals("We will open the corridor as soon as the mines are cleared,", s.quote());
        assertEquals(s.quote(), text.substring(s.start(), s.end()));
    }

    @Test
    void quoteByAPronounNoNameResolvesHasNoSpeaker() {
        String text = "Talks on the corridor resumed in Geneva on Monday.\n\n"
                + "“We will not sign anything that rewards the blockade,” he said.";
        Statement s = find(extract(text), "We will not sign");
        assertNull(s.speaker());
    }

    @Test
    void straightQuotesAreDirect() {
        List<Statement> found = extract("\"The ships are loaded and the crews are waiting,\" Brandt said on Friday.");
        assertEquals("The ships are loaded and the crews are waiting,", find(found, "The ships").quote());
        assertEquals("Brandt", find(found, "The ships").speaker());
    }

    @Test
    void singleQuotesAreDirectAndApostrophesAreNotMarks() {
        Statement s = find(review(), "the coast is closed");
        assertEquals("the coast is closed to you, day and night.", s.quote());
        assertEquals("Tomas Hollander", s.speaker());
    }

    @Test
    void guillemetsAreDirect() {
        Statement s = find(review(), "We will not sign");
        assertEquals(Statement.Kind.DIRECT, s.kind());
        assertEquals("Tomas Hollander", s.speaker());
    }

    @Test
    void splitQuoteGivesTwoStatementsBySameSpeaker() {
        List<Statement> found = extract(wire);
        assertEquals("Elena Varga", find(found, "We will open the corridor").speaker());
        assertEquals("Elena Varga", find(found, "Nobody gains from empty ships.").speaker());
    }

    @Test
    void quoteOpenAtParagraphEndContinuesInNextParagraph() {
        Statement s = find(extract(review), "The port has been closed");
        assertTrue(s.quote().endsWith("before the harvest rots in the silos."), s.quote());
        assertFalse(s.quote().contains("\n"));
        assertEquals("Ilse Brandt", s.speaker());
    }

    @Test
    void nestedQuoteStaysInsideTheOuterStatement() {
        List<Statement> found = extract(review);
        assertEquals("When the minister told me ‘the navy is ready’, I believed him,",
                find(found, "When the minister").quote());
        assertFalse(found.stream().anyMatch(s -> s.quote().equals("the navy is ready")));
        assertEquals("Rui Alves", find(found, "When the minister").speaker());
    }

    @Test
    void pullQuoteWithDashAndSpeakerIsDirect() {
        List<Statement> found = extract("Talks resumed on Monday.\n\n“Every ship that asks will get an escort” — "
                + "Hollander\n\nThe first convoy left at dawn.");
        Statement s = find(found, "Every ship");
        assertEquals(Statement.Kind.DIRECT, s.kind());
        assertEquals("Hollander", s.speaker());
    }

    @Test
    void unmarkedPullQuoteLineEndingWithSpeakerIsDirect() {
        Statement s = find(review(), "The sea does not belong");
        assertEquals("The sea does not belong to one flag, and no convoy will sail without an escort", s.quote());
        assertEquals(Statement.Kind.DIRECT, s.kind());
        assertEquals("Elena Varga", s.speaker());
    }

    @Test
    void singleQuotedWordsLabelsAndTitlesAreNotStatements() {
        List<Statement> found = extract(review);
        assertFalse(has(found, "temporary"), "single word");
        assertFalse(has(found, "grain diplomacy"), "so-called label");
        assertFalse(has(found, "hunger blockade"), "what she calls the ...");
        assertFalse(has(found, "Ships of the Plain"), "title");
    }

    @Test
    void shortScareQuoteWithoutReportingVerbIsNotAStatement() {
        List<Statement> found = extract("Critics of the “corridor first” approach have gone quiet since the spring.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void saidThatGivesTheReportedClauseWithoutTrailingPunctuation() {
        Statement s = find(extract(wire), "her government would reopen");
        assertEquals(Statement.Kind.INDIRECT, s.kind());
        assertEquals("her government would reopen the Tessa grain corridor within a week", s.quote());
        assertEquals("Elena Varga", s.speaker());
    }

    @Test
    void butWarnedThatIsASecondStatementBySameSpeaker() {
        Statement s = find(extract(wire), "inspections of every hull");
        assertEquals("inspections of every hull must continue", s.quote());
        assertEquals("Elena Varga", s.speaker());
    }

    @Test
    void toldReportersThatIsIndirect() {
        Statement s = find(extract(wire), "two frigates");
        assertEquals("two frigates were already at sea", s.quote());
        assertEquals("Tomas Hollander", s.speaker());
    }

    @Test
    void questionedWhetherKeepsTheWhClause() {
        Statement s = find(extract(wire), "whether the monitoring mission");
        assertEquals("whether the monitoring mission had enough boats to cover the coast", s.quote());
    }

    @Test
    void accordingToNamesTheSource() {
        Statement s = find(extract(wire), "40 ships");
        assertEquals("40 ships are waiting outside the harbour", s.quote());
        assertEquals("port officials", s.speaker());
    }

    @Test
    void trailingPerSourceNamesTheSource() {
        List<Statement> found = extract("The convoy will sail on Thursday, per Hollander.");
        assertEquals("The convoy will sail on Thursday", find(found, "The convoy").quote());
        assertEquals("Hollander", find(found, "The convoy").speaker());
    }

    @Test
    void participleClauseIsItsOwnStatementAndEndsTheOneBefore() {
        List<Statement> found = extract("Hollander said the frigates were ready, adding that a third ship would "
                + "join them next week.");
        assertEquals("the frigates were ready", find(found, "the frigates").quote());
        assertEquals("a third ship would join them next week", find(found, "a third ship").quote());
    }

    @Test
    void writersGlossAfterTheClauseIsLeftOut() {
        List<Statement> found = extract("Brandt said the ships were waiting in the outer roads, where the swell "
                + "is strongest.");
        assertEquals("the ships were waiting in the outer roads", find(found, "the ships").quote());
    }

    @Test
    void negatedReportingVerbReportsNothing() {
        List<Statement> found = extract("Hollander did not confirm that the frigates had left port.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void titleCaseHeadlineIsNotReportedSpeech() {
        List<Statement> found = extract(review);
        assertFalse(has(found, "Puts a Date"));
    }

    @Test
    void readIsPureAndRepeatable() {
        assertEquals(extractor.read(wire, Aliases.none()), extractor.read(wire, Aliases.none()));
    }
}
