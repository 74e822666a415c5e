package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static wirewatch.statement.Fixtures.find;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Speaker resolution as a reader sees it: the speaker named on each extracted statement. */
class SpeakerResolverTest {
    private final StatementExtractor extractor = new StatementExtractor();

    private String speakerOf(String text, String quoteStart) {
        return find(extractor.extract(text, Aliases.none()), quoteStart).speaker();
    }

    @Test
    void titleInFrontOfNameIsStripped() {
        assertEquals("Elena Varga", speakerOf("Marovian President Elena Varga said on Monday that the corridor "
                + "would reopen.", "the corridor"));
    }

    @Test
    void surnameRefersBackToFirstFullMention() {
        String text = "Defence Minister Tomas Hollander visited the port on Monday.\n"
                + "“Two frigates are already at sea,” Hollander said.";
        assertEquals("Tomas Hollander", speakerOf(text, "Two frigates"));
    }

    @Test
    void descriptionRefersToThePersonWithThatRole() {
        String text = "Marovian President Elena Varga and Defence Minister Tomas Hollander met in Tessa.\n"
                + "The Marovian leader said the inspections would continue all summer.";
        assertEquals("Elena Varga", speakerOf(text, "the inspections"));
    }

    @Test
    void descriptionTiedToNameByAppositionRefersToThatName() {
        String text = "The port authority spokeswoman, Ilse Brandt, opened the quay to reporters.\n"
                + "Later the port authority spokeswoman said that the cranes had been repaired.";
        assertEquals("Ilse Brandt", speakerOf(text, "the cranes"));
    }

    @Test
    void heRefersToTheLastMaleSubjectAndSheSkipsHim() {
        String text = "Marovian President Elena Varga flew to Tessa on Monday.\n"
                + "Mr Hollander met her at the airport. He said the navy was ready.\n"
                + "“The corridor is not a favour,” she said.";
        List<Statement> found = extractor.extract(text, Aliases.none());
        assertEquals("Hollander", find(found, "the navy").speaker());
        assertEquals("Elena Varga", find(found, "The corridor").speaker());
    }

    @Test
    void organisationsNameThemselves() {
        assertEquals("White House", speakerOf("The White House said it welcomed the decision.", "it welcomed"));
        assertEquals("Marovian Foreign Ministry", speakerOf("The Marovian Foreign Ministry said in a statement that "
                + "talks would resume on Thursday.", "talks would"));
    }

    @Test
    void pinnedAliasNamesTheSpeakerTheTextCannot() {
        Aliases pinned = Aliases.pinned(Map.of("Elena Varga", List.of("the Marovian leader")));
        List<Statement> found = extractor.extract("The Marovian leader said the corridor would open on Friday.",
                pinned);
        assertEquals("Elena Varga", find(found, "the corridor").speaker());
    }

    @Test
    void surnameAloneResolvesThroughAliasesLearnedFromEarlierArticle() {
        Extraction first = extractor.read(Fixtures.text("harbour-wire.txt"), Aliases.none());
        List<Statement> later = extractor.extract("“The inspectors will stay,” Varga said.", first.aliases());
        assertEquals("Elena Varga", find(later, "The inspectors").speaker());
    }

    @Test
    void articleTeachesSurnameAndTitleAliases() {
        Aliases learned = extractor.read(Fixtures.text("harbour-wire.txt"), Aliases.none()).aliases();
        assertEquals("Elena Varga", learned.canonical("Varga").orElseThrow());
        assertEquals("Tomas Hollander", learned.canonical("the defence minister").orElseThrow());
    }

    @Test
    void nameBeforeAnAppositiveSpeaksNotTheOrganisationInsideIt() {
        String text = "Moscow gave a guarded first answer to the truce plan on Thursday.\n"
                + "“We have to study the proposal carefully,” Dmitry Peskov, the Kremlin spokesman, said.";
        assertEquals("Dmitry Peskov", speakerOf(text, "We have to study"));
    }

    @Test
    void lineEndingInAQuotedSentenceIsNotAHeadlineOfSeparateNames() {
        String text = "Putin thanked U.S. President Donald Trump \"for paying so much attention to the talks.\"\n"
                + "The U.S. president said Moscow would face new sanctions if it did not engage.";
        assertEquals("Donald Trump", speakerOf(text, "Moscow would face"));
    }
}
