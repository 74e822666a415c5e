package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import wirewatch.feed.Article;

/** The filter may turn an article away only when the analysis could not give a word a rule needs. */
class SurfaceFilterTest {
    /** Words the analysis changes most: plurals, possessives, accents, ligatures, hyphens, case, abbreviations. */
    private static final String TRICKY = """
            The ceasefires held. Putin's envoy and the Kremlin’s spokesman met Zelenský and Šefčovič in İstanbul. \
            Policies on sanctions, the U.S. and the E.U.'s cease-fire plan, a well‑known non‑starter, 3.5 billion \
            euros, the G7's twenty-two-point paper and Ærø's ﬁnal ΟΔΥΣΣΕΥΣ draft. Buses, classes, status quos, \
            McDonald's, iPhone, São Paulo, Curaçao, Straße, 𝐁𝐨𝐥𝐝 words and emoji 🕊️ doves. Mr. O'Neill said \
            "no comment" — then added: 'perhaps'.""";

    private final RuleAnalyzer analyzer = new RuleAnalyzer();

    private Set<String> tokens(String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(ArticleFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private static Requirement word(String field, String text) {
        return Requirement.of(new Requirement.Key(field, text, false));
    }

    private static Article article(String title, String body, List<String> authors) {
        return Stories.article("a1", "desk-feed", title, body, authors);
    }

    @Test
    void everyWordTheAnalysisGivesIsFoundOnTheSurface() throws IOException {
        Article article = article("Truce talks", TRICKY, List.of("Léa Moreau"));
        Set<String> words = tokens(TRICKY);
        words.addAll(tokens("Léa Moreau"));
        assertTrue(words.containsAll(List.of("ceasefire", "putin", "kremlin", "zelensky", "policy", "ceasefire",
                "cease", "fire", "final", "lea")), words.toString());
        for (String word : words) {
            SurfaceFilter filter = SurfaceFilter.of(List.of(word(ArticleFields.BODY, word)), SurfaceFilter.MAX_WORDS);
            assertTrue(filter.mayMatch(article), "turned away although the analysis gives '" + word + "'");
        }
    }

    @Test
    void anArticleWithoutARequiredWordIsTurnedAway() {
        SurfaceFilter filter = SurfaceFilter.of(List.of(Rules.query("w", "ceasefire AND Kremlin").query()));
        assertTrue(filter.mayMatch(Stories.ceasefire()));
        assertFalse(filter.mayMatch(Stories.summit()));
        assertFalse(filter.mayMatch(Stories.football()), "ceasefire alone is not enough");
    }

    @Test
    void anyRuleThatMayMatchLetsTheArticleThrough() {
        SurfaceFilter filter = SurfaceFilter.of(List.of(Rules.query("a", "tariffs AND steel").query(),
                Rules.query("b", "ceasefire AND Kremlin").query()));
        assertTrue(filter.mayMatch(Stories.summit()));
        assertTrue(filter.mayMatch(Stories.ceasefire()));
        assertFalse(filter.mayMatch(Stories.election()));
    }

    @Test
    void wildcardsAndFeedNamesAreLookedForOnlyWhereTheyCanBe() {
        assertTrue(SurfaceFilter.of(List.of(Rules.query("w", "zelensk* AND feed:nowhere").query()))
                .mayMatch(Stories.ceasefire()), "the feed's name is left to Lucene");
        assertFalse(SurfaceFilter.of(List.of(Rules.query("w", "tarif*").query())).mayMatch(Stories.ceasefire()));
    }

    @Test
    void aRuleWithNothingRequiredOrTooManyWordsTurnsTheFilterOff() {
        assertTrue(SurfaceFilter.of(List.of(Rules.query("w", "title:[kremlin TO kremlio]").query(),
                Rules.query("x", "tariffs").query())).mayMatch(Stories.football()));
        assertTrue(SurfaceFilter.of(List.of(Rules.query("w", "kremlin~1").query())).mayMatch(Stories.football()));
        List<Requirement> many = new ArrayList<>();
        for (int i = 0; i <= SurfaceFilter.MAX_WORDS; i++) {
            many.add(word(ArticleFields.BODY, "absent" + i));
        }
        assertTrue(SurfaceFilter.of(many, SurfaceFilter.MAX_WORDS).mayMatch(Stories.football()));
        assertFalse(SurfaceFilter.of(many.subList(0, 3), SurfaceFilter.MAX_WORDS).mayMatch(Stories.football()));
    }

    @Test
    void theSurfaceIsLowerCasedFoldedAndUnhyphenated() {
        assertEquals("ceasefire in kyiv\nzelensky's wellknown plan\nlea",
                SurfaceFilter.surface(article("Cease-fire in KYIV", "Zelenský’s well‑known plan", List.of("Léa")))
                        .toString());
    }

    @Test
    void charsThatFoldIntoSeveralMakeRoomForThemselves() {
        // "ß" folds into "ss" and "Ǆ" (lower-cased "ǆ") into "dz": the text grows past a char per char.
        String body = "Straße ".repeat(300) + "ǅ".repeat(500) + " Kremlin";
        assertEquals("strasse ".repeat(300) + "dz".repeat(500) + " kremlin",
                SurfaceFilter.surface(article("ß", body, List.of("Ǆ"))).toString().substring(3, 3 + 8 * 300 + 1008));
        assertEquals("ss\n", SurfaceFilter.surface(article("ß", "", List.of())).toString().substring(0, 3));
    }
}
