package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VariantMatcherTest {
    private final VariantMatcher matcher = new VariantMatcher();

    private static Statement direct(@Nullable String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.DIRECT, 0, quote.length());
    }

    private static Statement indirect(String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.INDIRECT, 0, quote.length());
    }

    @Test
    void twoTranslationsOfOneRemarkAreVariants() {
        assertTrue(matcher.isVariant(
                direct("Elena Varga", "We will open the corridor as soon as the inspectors confirm the mines are "
                        + "cleared"),
                direct("Elena Varga", "We will reopen the corridor once inspectors confirm that the mines have "
                        + "been removed")));
    }

    @Test
    void excerptOfLongerQuoteIsVariant() {
        assertTrue(matcher.isVariant(
                direct("Ilse Brandt", "The port has been closed for 41 days. Every day costs the farmers of the "
                        + "plain more than they can bear."),
                direct("Ilse Brandt", "every day costs the farmers of the plain")));
    }

    @Test
    void directQuoteAndSameRemarkReportedIndirectlyAreVariants() {
        assertTrue(matcher.isVariant(
                direct("Tomas Hollander", "The navy will escort the first convoy out of Tessa"),
                indirect("Tomas Hollander", "the navy would escort the first convoy")));
    }

    @Test
    void sameSpeakerOnDifferentSubjectIsNotVariant() {
        assertFalse(matcher.isVariant(
                direct("Elena Varga", "We will open the corridor as soon as the mines are cleared"),
                direct("Elena Varga", "The budget for schools will rise by a tenth next year")));
    }

    @Test
    void sameWordsFromDifferentSpeakersAreNotVariants() {
        assertEquals(0, matcher.similarity(
                direct("Elena Varga", "The corridor will open on Friday"),
                direct("Tomas Hollander", "The corridor will open on Friday")));
    }

    @Test
    void unattributedStatementMayRenderANamedSpeakersRemark() {
        String quote = "The navy will escort the first convoy out of Tessa";
        assertTrue(matcher.isVariant(direct(null, quote), direct("Tomas Hollander", quote)));
    }

    @Test
    void identicalStatementsAreFullySimilar() {
        Statement s = direct("Elena Varga", "The corridor will open on Friday");
        assertEquals(1.0, matcher.similarity(s, s), 1e-9);
    }

    @Test
    void reportingParaphrasesCountAsTheSameWords() {
        assertTrue(matcher.isVariant(
                indirect("Elena Varga", "Tessa would face new sanctions if the convoy was stopped"),
                indirect("Elena Varga", "Tessa would face additional penalties if the convoy was halted")));
    }

    @Test
    void countryAbbreviationIsNotThePronounUs() {
        assertTrue(matcher.stems("The US will send observers").contains("america"));
        assertFalse(matcher.stems("They will send us observers").contains("america"));
    }

    @Test
    void hedgesAndModalsDoNotMakeRemarksAlike() {
        assertFalse(matcher.isVariant(
                indirect("Tomas Hollander", "the navy could possibly need more time"),
                indirect("Tomas Hollander", "the budget could possibly need more cuts")));
    }
}
