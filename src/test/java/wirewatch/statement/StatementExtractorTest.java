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
    void quoteOverParagraphsGivesOneStatementAParagraphBySameSpeaker() {
        List<Statement> found = extract(review);
        Statement first = find(found, "The port has been closed");
        assertFalse(first.quote().contains("\n"), first.quote());
        assertEquals("Ilse Brandt", first.speaker());
        Statement last = found.stream().filter(s -> s.quote().endsWith("before the harvest rots in the silos."))
                .findFirst().orElseThrow();
        assertTrue(last.start() > first.end(), last.quote());
        assertEquals("Ilse Brandt", last.speaker());
    }

    @Test
    void doubledApostrophesAreDoubleMarks() {
        String text = "''We are not going to give up the harbour,'' Mayor Ansel Drury said on Tuesday. "
                + "''Not this year.''\n\nHe said the council had voted ''to keep the gates open.''";
        List<Statement> found = extract(text);
        assertEquals("We are not going to give up the harbour,", find(found, "We are not").quote());
        assertEquals("Ansel Drury", find(found, "We are not").speaker());
        assertEquals("Not this year.", find(found, "Not this").quote());
        assertEquals("Ansel Drury", find(found, "Not this").speaker());
        assertEquals("to keep the gates open.", find(found, "to keep").quote());
    }

    @Test
    void doubledApostrophesAfterAnInnerSingleQuoteCloseBoth() {
        String text = "''She told me, 'Go home,''' said Lena Ortiz, a nurse at the clinic.";
        Statement s = find(extract(text), "She told me");
        assertEquals("She told me, 'Go home,'", s.quote());
        assertEquals("Lena Ortiz", s.speaker());
    }

    @Test
    void shortFragmentInsideReportedSpeechIsDirect() {
        List<Statement> found = extract("Governor Rita Okafor said the count was \"rigged\" and called the result "
                + "\"a disgrace.\"");
        assertEquals("Rita Okafor", find(found, "rigged").speaker());
        assertEquals("Rita Okafor", find(found, "a disgrace.").speaker());
    }

    @Test
    void scareQuotesAndTitlesAreNotStatements() {
        List<Statement> found = extract("The so-called \"peace dividend\" never came. Okafor appeared on \"Meet the "
                + "Voters,\" a Sunday show, and the term \"soft landing\" was everywhere, like the \"Little Marco\" "
                + "jibe of an earlier year.");
        assertFalse(has(found, "peace dividend"));
        assertFalse(has(found, "Meet the Voters"));
        assertFalse(has(found, "soft landing"));
        assertFalse(has(found, "Little Marco"));
    }

    @Test
    void titleWordsBetweenQuoteAndVerbBelongToTheSpeaker() {
        Statement s = find(extract("\"We are installing fewer lines than last year,\" chief operating officer "
                + "Marta Lindqvist said at an investor meeting."), "We are installing");
        assertEquals("Marta Lindqvist", s.speaker());
    }

    @Test
    void relativeClauseAfterTheSpeakerIsSkipped() {
        List<Statement> found = extract("\"The ferry will not run this winter,\" Okafor, who has led the port "
                + "authority since 2019, told reporters. \"This position was held by Anna Berg,\" Paulo Mendes, who "
                + "served as Anna Berg's deputy for a decade, told the council.");
        assertEquals("Okafor", find(found, "The ferry").speaker());
        assertEquals("Paulo Mendes", find(found, "This position").speaker());
    }

    @Test
    void paragraphOfNamesEndingInAQuestionIsNotAHeadline() {
        Statement s = find(extract("''It is one thing to close a road,'' said Faiza Okoro, co-director of the "
                + "Transit Program at Lakeside University. ''But who decides which road?''"), "It is one thing");
        assertEquals("Faiza Okoro", s.speaker());
    }

    @Test
    void verbJoinedByButSharesTheSubjectOfTheFirstClause() {
        Statement s = find(extract("Mayor Ines Duarte said the Kallo bridge would reopen in May, but warned that "
                + "heavy lorries would stay banned."), "heavy lorries");
        assertEquals("Ines Duarte", s.speaker());
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
    void accordingToAloneIsNoReportingVerb() {
        List<Statement> found = extract("According to port officials, 40 ships are waiting outside the harbour. "
                + "The convoy will sail on Thursday, according to Hollander.");
        assertFalse(has(found, "40 ships"));
        assertFalse(has(found, "The convoy"));
    }

    @Test
    void clauseBeforeATrailingReportingVerbIsIndirect() {
        List<Statement> found = extract("The ferries will not run before March, the port authority said on Tuesday. "
                + "Prices at the quay have doubled since the storm, said Anna Berg, who sells fish there.");
        assertEquals("The ferries will not run before March", find(found, "The ferries").quote());
        assertEquals("Prices at the quay have doubled since the storm", find(found, "Prices at").quote());
        assertEquals("Anna Berg", find(found, "Prices at").speaker());
    }

    @Test
    void clauseAfterATrailingVerbIsNotItsContent() {
        List<Statement> found = extract("After the mayor gave a long answer about the harbour, Okafor said she "
                + "had his vote.");
        assertFalse(has(found, "After the mayor"));
        assertEquals("she had his vote", find(found, "she had").quote());
    }

    @Test
    void infinitiveAndPlainObjectAreNotReportedSpeech() {
        List<Statement> found = extract("Many councillors had urged him to resign. Okafor added another title to "
                + "her card. The agency reported spending a combined total of four million.");
        assertFalse(has(found, "to resign"));
        assertFalse(has(found, "another title"));
        assertFalse(has(found, "spending a combined"));
    }

    @Test
    void timeWithAColonDoesNotCutTheClause() {
        Statement s = find(extract("Ines Duarte said the meeting would start at 3:30 p.m. on Friday and would last "
                + "two hours."), "the meeting");
        assertEquals("the meeting would start at 3:30 p.m. on Friday and would last two hours", s.quote());
    }

    @Test
    void saidThatAndThatIsOneClause() {
        Statement s = find(extract("Mayor Ines Duarte said that the bridge would reopen in May and that heavy lorries "
                + "would stay banned until the autumn."), "the bridge");
        assertEquals("the bridge would reopen in May and that heavy lorries would stay banned until the autumn",
                s.quote());
    }

    @Test
    void unnamedSubjectStillReportsAClause() {
        Statement s = find(extract("The ministry said at 3:30 a.m. that the ferry had sunk near the harbour."),
                "the ferry");
        assertEquals("the ferry had sunk near the harbour", s.quote());
    }

    @Test
    void zeroThatClauseNeedsAFiniteVerb() {
        List<Statement> found = extract("Okafor claimed the prize for the fastest crossing. Okafor said each "
                + "crossing costs the port money. Okafor confirmed the ferries had stopped.");
        assertFalse(has(found, "the prize"));
        assertEquals("each crossing costs the port money", find(found, "each crossing").quote());
        assertEquals("the ferries had stopped", find(found, "the ferries").quote());
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
