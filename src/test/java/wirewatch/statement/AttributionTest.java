package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static wirewatch.statement.Fixtures.find;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is the speaker: one test for each way news text names, hides or misplaces one. Sentences are made up. */
class AttributionTest {
    private final StatementExtractor extractor = new StatementExtractor();

    private List<Statement> extract(String text) {
        return extractor.extract(text, Aliases.none());
    }

    private String speakerOf(String text, String quoteStart) {
        return find(extract(text), quoteStart).speaker();
    }

    @Test
    void placeBeforeATitledNameIsNotTheSpeaker() {
        assertEquals("Lucia Ferrante", speakerOf("\"The old town is gone,\" Norcello Mayor Lucia Ferrante said.",
                "The old town"));
    }

    @Test
    void placeWhereTheSpeakerSpokeIsNotTheSpeaker() {
        assertEquals("Oleg Varin", speakerOf("Ministry spokesman Oleg Varin said \"the talks are over for now,\" "
                + "speaking to reporters in Moscow.", "the talks are over"));
    }

    @Test
    void employerAfterOfIsNotTheSpeaker() {
        assertEquals("Harold P. Quint", speakerOf("\"This race is tighter than the polls suggest,\" said Harold P. "
                + "Quint of the Daily Ledger.", "This race"));
    }

    @Test
    void nameBeforeAnAppositiveSpeaks() {
        assertEquals("Marek Olsen", speakerOf("Marek Olsen, the chief executive of Nordlys Media, said \"the "
                + "merger is dead.\"", "the merger"));
    }

    @Test
    void nameBehindATitleSpeaks() {
        assertEquals("Joanna K. Brill", speakerOf("\"Rates will stay where they are,\" Central Bank Chair Joanna K. "
                + "Brill told lawmakers.", "Rates will"));
    }

    @Test
    void nameWithAnAgeSpeaks() {
        assertEquals("Halloran", speakerOf("\"I have seen three floods in this valley,\" Halloran, 88, said.",
                "I have seen"));
    }

    @Test
    void partyInParenthesesIsSkipped() {
        assertEquals("Dana Whitfield", speakerOf("Sen. Dana Whitfield (D-Ore.) said the bill was \"dead on "
                + "arrival.\"", "dead on"));
    }

    @Test
    void partyAdjectiveBeforeTheNameIsNotTheSpeaker() {
        assertEquals("Lionel Graves", speakerOf("This is a \"raw moment for the party,\" said Democratic strategist "
                + "Lionel Graves, a longtime ally of the mayor.", "raw moment"));
    }

    @Test
    void personBeforeAChainOfAppositivesSpeaks() {
        assertEquals("Ruth Adeyemi", speakerOf("Senator Ruth Adeyemi, the Ohio Republican who chairs the Energy "
                + "Committee, which oversees the grid, said the plan would \"raise every bill in the state.\"",
                "raise every"));
    }

    @Test
    void middleInitialDoesNotEndTheSentence() {
        assertEquals("Kevin D. Marsh", speakerOf("\"The numbers do not add up,\" writes Kevin D. Marsh, a columnist.",
                "The numbers"));
    }

    @Test
    void headlineWordsAreNotAName() {
        List<Statement> found = extract("Flood Hit Town Counts Losses\n\n\"We lost everything on the ground floor,\" "
                + "said Agnes Moor, who runs the bakery.");
        assertEquals("Agnes Moor", find(found, "We lost").speaker());
        assertFalse(found.stream().anyMatch(s -> "Flood Hit Town".equals(s.speaker()) || "Town".equals(s.speaker())));
    }

    @Test
    void employerInAnOfPhraseIsNotTheSpeaker() {
        assertEquals("Mahler", speakerOf("''We survey the buyers every quarter,'' Mr. Mahler, of Northgate Capital "
                + "Partners, said.", "We survey"));
    }

    @Test
    void chainOfAgeHometownAndRelativeClauseLeadsBackToTheName() {
        assertEquals("Harriet Bone", speakerOf("\"Both of them scare me,\" Harriet Bone, 30, of Dunmore, Pa., who "
                + "answered the poll, said in an interview.", "Both of them"));
    }

    @Test
    void nameInAppositionAfterAnInvertedVerbSpeaks() {
        assertEquals("Lotte Brandauer", speakerOf("''We are anxious,'' said another commuter, Lotte Brandauer.",
                "We are anxious"));
    }

    @Test
    void unlistedVerbInMinusEdBesideANameAfterAQuoteReports() {
        assertEquals("Mira Soltan", speakerOf("\"Boys acting like they own the park,\" scoffed Mira Soltan, who "
                + "founded the club.", "Boys acting"));
        assertEquals("Mira Soltan", speakerOf("\"Boys acting like they own the park,\" Mira Soltan scoffed.",
                "Boys acting"));
    }

    @Test
    void nameBeforeAColonIntroducesTheQuote() {
        assertEquals("Carla Biel", speakerOf("Pollsters take the blame - Carla Biel: \"Keep calling voters as late "
                + "as you can.\"", "Keep calling"));
    }

    @Test
    void invertedVerbOpeningTheSentenceNamesTheSpeaker() {
        assertEquals("Tomas Weir", speakerOf("Tomas Weir spoke last. Said Weir, \"The error was ours and it is "
                + "painful to us.\"", "The error"));
    }

    @Test
    void quoteAfterAParagraphIntroducingSomeoneIsTheirs() {
        List<Statement> found = extract("\"The water came in at night,\" Mayor Ines Duarte said.\n\n"
                + "Agnes Moor has run the bakery on the quay for thirty years.\n\n"
                + "\"We lost the ovens and the flour. Everything on the ground floor is gone.\"");
        assertEquals("Ines Duarte", find(found, "The water came").speaker());
        assertEquals("Agnes Moor", find(found, "We lost the ovens").speaker());
    }

    @Test
    void quoteWithoutAttributionContinuesTheLastSpeakerOfItsParagraph() {
        List<Statement> found = extract("\"The water came in at night,\" Mayor Ines Duarte said, standing next to "
                + "Agnes Moor. \"Nobody was ready for it.\"");
        assertEquals("Ines Duarte", find(found, "Nobody was ready").speaker());
    }

    @Test
    void transliterationsOfOneSurnameAreOneSpeakerAcrossArticles() {
        Aliases learned = extractor.read("President Oleksandr Kovalenko said on Monday that talks would resume.",
                Aliases.none()).aliases();
        List<Statement> next = extractor.extract("\"We will not give up the east,\" Oleksandr Kovalenkyy said. "
                + "Kovalenkiy later told reporters that the army was holding.", learned);
        assertEquals("Oleksandr Kovalenko", find(next, "We will not").speaker());
        assertEquals("Oleksandr Kovalenko", find(next, "the army was").speaker());
    }

    @Test
    void collectiveSourceNamesNoOneAndIsNotTheLastSpeaker() {
        List<Statement> found = extract("\"The ceasefire will hold,\" Mayor Ines Duarte said on Monday. \"We expect "
                + "no shelling tonight,\" officials said.");
        assertEquals("Ines Duarte", find(found, "The ceasefire").speaker());
        assertNull(find(found, "We expect no shelling").speaker());
    }

    @Test
    void descriptionNamesNoOne() {
        assertNull(speakerOf("\"The water reached the second floor,\" a resident said.", "The water reached"));
    }

    @Test
    void quoteContinuingAnUnnamedSourceStaysUnnamed() {
        List<Statement> found = extract("\"The ceasefire will hold,\" Mayor Ines Duarte said on Monday.\n\n"
                + "\"We expect no shelling tonight,\" officials said. \"The guns have gone quiet along the river.\"");
        assertEquals("Ines Duarte", find(found, "The ceasefire").speaker());
        assertNull(find(found, "We expect no shelling").speaker());
        assertNull(find(found, "The guns have gone quiet").speaker());
    }

    @Test
    void unnamedSubjectReportsAClauseWithNoSpeaker() {
        assertNull(speakerOf("The ministry said at 3:30 a.m. that the ferry had sunk near the harbour.", "the ferry"));
    }

    @Test
    void appositiveEndsAtTheVerbEvenWhenAPlaceWithACommaFollows() {
        assertEquals("Nadia Kress", speakerOf("\"They misread the count,\" Nadia Kress, an aide to the governor, said "
                + "on Sunday in Eugene, Ore. \"The vote goes on.\"", "They misread"));
    }

    @Test
    void whomAVerbAddressesIsNotTheSpeaker() {
        List<Statement> found = extract("The pledge came two days after Falk told The Harbor Times he was \"not yet "
                + "convinced\" by the plan.\n\nMayor Tom Ardent later told Coast Radio: \"We will build the wall.\"");
        assertEquals("Falk", find(found, "not yet convinced").speaker());
        assertEquals("Tom Ardent", find(found, "We will build").speaker());
    }

    @Test
    void accordingToNamesTheSourceNotItsEmployer() {
        assertEquals("Rhea Lindqvist", speakerOf("According to Rhea Lindqvist of Baltic Watch, \"the ferries stopped "
                + "running at noon.\"", "the ferries"));
    }

    @Test
    void nameInAppositionAfterAnInvertedVerbsDescription() {
        assertEquals("Oskar Penn", speakerOf("\"He wanted the family name on a tower,\" said his roommate at "
                + "Carrow, Oskar Penn, who still lives in the town.", "He wanted"));
    }

    @Test
    void platformBeforeAColonIsNotTheSpeaker() {
        assertEquals("Vera Holm", speakerOf("Vera Holm wrote on Facebook: \"Nobody here asked for the pipeline.\"",
                "Nobody here"));
    }

    @Test
    void participleSharesTheSubjectOfItsSentence() {
        assertEquals("Ilan Sobel", speakerOf("On the eve of the vote, Ilan Sobel rallied his base by warning that "
                + "\"the other side is coming out in force.\"", "the other side"));
    }

    @Test
    void stateAfterATownIsPartOfThePlace() {
        assertEquals("Ruth Calder", speakerOf("At a diner in Ames, Iowa, on Sunday, Ruth Calder said the plan would "
                + "\"put farmers first.\"", "put farmers first"));
    }

    @Test
    void reportedClauseMayHoldAShortQuotation() {
        Statement s = find(extract("Pressed on the ruling, Hale said the judge's ruling was \"plainly wrong.\""),
                "the judge's ruling");
        assertEquals(Statement.Kind.INDIRECT, s.kind());
        assertEquals("Hale", s.speaker());
    }

    @Test
    void clauseAfterAFrameOfMediumAndTimeIsReported() {
        Statement s = find(extract("The league said in a statement on Friday night they had suspended the match."),
                "they had suspended");
        assertNull(s.speaker());
    }

    @Test
    void shareOfAPollIsAnUnnamedSource() {
        List<Statement> found = extract("About four in 10 said they were tired of the campaign.\n\n"
                + "Five voters said they would stay home.");
        assertNull(find(found, "they were tired").speaker());
        assertNull(find(found, "they would stay home").speaker());
    }

    @Test
    void organisationBeforeATitledPersonIsTheEmployer() {
        assertEquals("Ada Kerrigan", speakerOf("Assembly Majority Leader Ada Kerrigan, D-Vt., sent a short note to "
                + "the governor: \"It is time to stop the attacks and return to the budget.\"", "It is time"));
    }

    @Test
    void furnitureWordEndsAnOrganisationName() {
        assertEquals("Harbour Watch", speakerOf("\"The port logs show the tankers never stopped loading,\" Harbour "
                + "Watch added.", "The port logs"));
    }

    @Test
    void countyBeforeATitledPersonIsAPlace() {
        assertEquals("Hollis", speakerOf("\"We made serious errors, and I apologise for them,\" Brandt County "
                + "Clerk Mae Hollis said at the hearing.", "We made serious").replaceAll(".* ", ""));
    }

    @Test
    void leadingInitialOpensTheName() {
        assertEquals("T. Warren Pike", speakerOf("\"The courts are changing their view of these maps,\" T. Warren "
                + "Pike, director of the Fair Maps Project, said.", "The courts"));
    }

    @Test
    void partyAndStateAfterAQuotationAreSkipped() {
        assertEquals("Dana Whitfield", speakerOf("\"The loophole lets them keep every benefit and pay nothing,\" "
                + "Dana Whitfield (D-Ore.) said in a statement.", "The loophole"));
        assertEquals("Dana Whitfield", speakerOf("Rep. Dana Whitfield (R-S.C.): \"We will read every email.\"",
                "We will read"));
    }

    @Test
    void employerAfterATitleWithoutArticleIsNotTheSpeaker() {
        assertEquals("Nina Sollars", speakerOf("Nina Sollars, vice chairman of Tarn Apparel, told a trade paper "
                + "that the founder is involved every week.", "the founder is involved"));
    }

    @Test
    void jointSpeakersAreGivenByTheFirst() {
        assertEquals("Phil Bergen", speakerOf("\"We can only wonder what the intent of the ruling is,\" Phil Bergen "
                + "and Tamsin Moor said in a statement.", "We can only wonder"));
    }

    @Test
    void surnameFindsThePersonOfTheBodyNotOfTheTitle() {
        assertEquals("Tomas Ferro", speakerOf("Quiet Ferro raises his profile.\n\nLabour Secretary Tomas Ferro put "
                + "down his speech and moved to the back of the plane.\n\n\"It helps not to be famous,\" Ferro said.",
                "It helps"));
    }

    @Test
    void clauseJoinedByAndSharesTheMainSubjectNotTheOpeningClauses() {
        assertEquals("Rui Tavares", speakerOf("Intro.\n\nWhen told Ferro was in the cabinet, Rui Tavares thought for a "
                + "moment and said that \"it is an advantage not to be a celebrity.\"", "it is an advantage"));
    }

    @Test
    void openingPrepositionalPhraseHoldsNoSubject() {
        assertEquals("Lazar", speakerOf("In a long interview with journalist Matei Rusu last year, Lazar said he "
                + "welcomed the trial and added, \"I will plead guilty, no problem.\"", "I will plead"));
    }

    @Test
    void placeWordAloneMayBeASurname() {
        assertEquals("West", speakerOf("Intro.\n\n\"This is the first rollback since the 1980s,\" West said.",
                "This is the first"));
    }

    @Test
    void longEmployerAfterTheNameStillReachesTheVerb() {
        assertEquals("Jorun Lewes", speakerOf("\"Such a weapon would be a stretch for them,\" Jorun Lewes of the Harald "
                + "Moen Center for Nonproliferation Studies wrote in December.", "Such a weapon"));
    }

    @Test
    void nameAfterATitleWithAPrepositionSpeaks() {
        assertEquals("Asta Tabbar", speakerOf("\"Thanks to this town for welcoming them,\" said master of ceremonies "
                + "Asta Tabbar, an engineer who moved here decades ago.", "Thanks to this town"));
    }

    @Test
    void abbreviatedTitleNeitherEndsTheSentenceNorSpeaks() {
        assertEquals("Petra Wherry", speakerOf("\"The city will never go back to what it was,\" said the Rev. Petra "
                + "Wherry, of Mayfield Chapel.", "The city will never"));
        assertEquals("Stacey Plaskin", speakerOf("\"This is a waste of the committee's time,\" said Del. Stacey "
                + "Plaskin of the Harbour Islands.", "This is a waste"));
    }

    @Test
    void participleAfterACommaSharesTheMainSubject() {
        assertEquals("Dana Whitfield", speakerOf("Intro.\n\nDana Whitfield attacked her rival for his support of the "
                + "strikes in Ostra and Velm, saying, \"He is reckless and very unstable.\"", "He is reckless"));
    }
}
