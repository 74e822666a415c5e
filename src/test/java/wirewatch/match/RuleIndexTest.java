package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The presearch may skip a rule only when the article cannot match it; these rules probe its edges. */
class RuleIndexTest {

    @Test
    void wildcardsSharingAStartAllMatch() {
        List<CompiledRule> rules = List.of(Rules.query("short", "ceas*"), Rules.query("longer", "ceasef*"),
                Rules.query("elsewhere", "retaliat*"), Rules.query("after", "cease*"));
        List<Match> found = Rules.run(rules, Stories.ceasefire());
        assertEquals(List.of("short", "longer", "after"), found.stream().map(Match::watch).toList());
    }

    @Test
    void wildcardMatchesAWordThatSortsLastInTheArticle() {
        assertTrue(Rules.matches("zelensk*", Stories.ceasefire()));
    }

    @Test
    void optionalWordBesideARequiredOneIsNotNeeded() {
        assertTrue(Rules.matches("+Kremlin football", Stories.ceasefire()));
    }

    @Test
    void rangeRuleWithNoRequiredWordStillMatches() {
        assertTrue(Rules.matches("title:[kremlin TO kremlio]", Stories.ceasefire()));
        assertFalse(Rules.matches("title:[kremlin TO kremlio]", Stories.summit()));
    }

    @Test
    void wordInTheTitleSatisfiesARuleThatAlsoNeedsABodyWord() {
        assertTrue(Rules.matches("title:truce AND body:Peskov", Stories.ceasefire()));
        assertFalse(Rules.matches("title:Peskov AND body:truce", Stories.ceasefire()));
    }

    @Test
    void repeatedWordCountsOnceForARuleNeedingTwoWords() {
        assertFalse(Rules.matches("Kremlin AND tariffs", Stories.ceasefire()));
        assertTrue(Rules.matches("Kremlin AND Kremlin", Stories.ceasefire()));
    }

    @Test
    void anArticleMatchedAfterAnotherGetsOnlyItsOwnMatches() {
        List<CompiledRule> rules = List.of(Rules.query("truce", "ceasefire AND Kremlin"),
                Rules.query("trade", "tariff* AND steel"), Rules.query("pitch", "ceasefire AND pitch"));
        try (ArticleMatcher matcher = new ArticleMatcher(rules)) {
            matcher.match(Stories.ceasefire());
            List<Match> summit = matcher.match(Stories.summit());
            assertEquals(List.of("trade"), summit.stream().map(Match::watch).toList());
            List<Match> football = matcher.match(Stories.football());
            assertEquals(List.of("pitch"), football.stream().map(Match::watch).toList());
        }
    }
}
