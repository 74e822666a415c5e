package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import wirewatch.config.Location;
import wirewatch.config.WatchSpec;
import wirewatch.feed.Article;

class ArticleMatcherTest {

    @Test
    void andNeedsBothTerms() {
        assertTrue(Rules.matches("ceasefire AND Kremlin", Stories.ceasefire()));
        assertFalse(Rules.matches("ceasefire AND tariffs", Stories.ceasefire()));
    }

    @Test
    void orNeedsEitherTerm() {
        assertTrue(Rules.matches("tariffs OR Kremlin", Stories.ceasefire()));
        assertTrue(Rules.matches("tariffs OR Kremlin", Stories.summit()));
        assertFalse(Rules.matches("tariffs OR Kremlin", Stories.election()));
    }

    @Test
    void notExcludesArticlesWithTheTerm() {
        assertTrue(Rules.matches("ceasefire NOT football", Stories.ceasefire()));
        assertFalse(Rules.matches("ceasefire NOT football", Stories.football()));
    }

    @Test
    void plusMakesATermRequired() {
        assertTrue(Rules.matches("+ceasefire Witkoff", Stories.football()));
        assertFalse(Rules.matches("+Witkoff ceasefire", Stories.football()));
    }

    @Test
    void minusExcludesATerm() {
        assertFalse(Rules.matches("ceasefire -pitch", Stories.football()));
        assertTrue(Rules.matches("ceasefire -pitch", Stories.ceasefire()));
    }

    @Test
    void phraseNeedsWordsInOrder() {
        assertTrue(Rules.matches("\"root causes\"", Stories.ceasefire()));
        assertFalse(Rules.matches("\"causes root\"", Stories.ceasefire()));
    }

    @Test
    void proximityAllowsWordsBetween() {
        assertFalse(Rules.matches("\"study ceasefire\"", Stories.ceasefire()));
        assertTrue(Rules.matches("\"study ceasefire\"~8", Stories.ceasefire()));
        assertFalse(Rules.matches("\"study ceasefire\"~2", Stories.ceasefire()));
    }

    @Test
    void wildcardMatchesWordStarts() {
        assertTrue(Rules.matches("retaliat*", Stories.summit()));
        assertTrue(Rules.matches("Šefčo*", Stories.summit()));
        assertFalse(Rules.matches("retaliat*", Stories.ceasefire()));
    }

    @Test
    void groupingChangesWhatAndBinds() {
        assertTrue(Rules.matches("(tariffs OR ceasefire) AND Peskov", Stories.ceasefire()));
        assertFalse(Rules.matches("(tariffs OR ceasefire) AND Peskov", Stories.summit()));
    }

    @Test
    void titleFieldLooksOnlyAtTheHeadline() {
        assertTrue(Rules.matches("title:truce", Stories.ceasefire()));
        assertFalse(Rules.matches("title:Peskov", Stories.ceasefire()));
    }

    @Test
    void bodyFieldLooksOnlyAtTheText() {
        assertTrue(Rules.matches("body:Peskov", Stories.ceasefire()));
        assertFalse(Rules.matches("body:truce", Stories.ceasefire()));
    }

    @Test
    void feedFieldMatchesTheFeedName() {
        assertTrue(Rules.matches("ceasefire AND feed:reuters-world", Stories.ceasefire()));
        assertFalse(Rules.matches("ceasefire AND feed:guardian-sport", Stories.ceasefire()));
        assertTrue(Rules.matches("feed:guardian*", Stories.football()));
    }

    @Test
    void authorFieldMatchesAnyAuthor() {
        assertTrue(Rules.matches("author:moreau", Stories.summit()));
        assertTrue(Rules.matches("author:\"Jens Bauer\"", Stories.summit()));
        assertFalse(Rules.matches("author:moreau", Stories.ceasefire()));
    }

    @Test
    void termsIgnoreCase() {
        assertTrue(Rules.matches("KREMLIN AND peskov", Stories.ceasefire()));
    }

    @Test
    void accentedAndPlainLettersAreOneLetter() {
        assertTrue(Rules.matches("Zelensky", Stories.ceasefire()));
        assertTrue(Rules.matches("Zelenský", Stories.ceasefire()));
        assertTrue(Rules.matches("Sefcovic", Stories.summit()));
    }

    @Test
    void pluralsMatchTheSingular() {
        assertTrue(Rules.matches("tariff", Stories.summit()));
        assertTrue(Rules.matches("ceasefires", Stories.ceasefire()));
        Article singularOnly = Stories.ceaseFire().withBody("Both sides agreed a ceasefire on Friday.");
        assertTrue(Rules.matches("ceasefires", singularOnly));
    }

    @Test
    void joinedWordFindsTheHyphenatedSpelling() {
        assertTrue(Rules.matches("ceasefire AND premature", Stories.ceaseFire()));
    }

    @Test
    void hyphenatedWordFindsBothSpellings() {
        assertTrue(Rules.matches("cease-fire", Stories.ceaseFire()));
        assertTrue(Rules.matches("cease-fire", Stories.ceasefire()));
    }

    @Test
    void partOfAHyphenatedWordStillMatches() {
        assertTrue(Rules.matches("fire", Stories.ceaseFire()));
        assertTrue(Rules.matches("run", Stories.election()));
    }

    @Test
    void ruleNestedToTheDepthLimitStillMatches() {
        String nested = "(".repeat(Nesting.MAX_DEPTH - 1) + "(Kremlin OR Putin) AND ceasefire" + ")".repeat(
                Nesting.MAX_DEPTH - 1);
        assertTrue(Rules.matches(nested, Stories.ceasefire()));
    }

    @Test
    void possessiveMatchesTheName() {
        assertTrue(Rules.matches("\"Russia court\"", Stories.ceasefire()));
    }

    @Test
    void shorthandFeedsFilterSkipsOtherFeeds() {
        WatchSpec spec = new WatchSpec("truce", null, List.of("ceasefire"), List.of(), List.of(), 0,
                List.of("ap-top", "reuters-world"), Location.NONE);
        List<Match> found = Rules.run(List.of(Rules.compile(spec)), Stories.ceasefire(), Stories.football());
        assertEquals(1, found.size());
        assertTrue(found.get(0).snippet().contains("ceasefire"));
    }

    @Test
    void nearNeedsAllTermsCloseTogether() {
        WatchSpec close = new WatchSpec("close", null, List.of("Kremlin", "proposal"), List.of(), List.of(), 12,
                List.of(), Location.NONE);
        WatchSpec tight = new WatchSpec("tight", null, List.of("Peskov", "Witkoff"), List.of(), List.of(), 12,
                List.of(), Location.NONE);
        List<Match> found = Rules.run(List.of(Rules.compile(close), Rules.compile(tight)), Stories.ceasefire());
        assertEquals(List.of("close"), found.stream().map(Match::watch).toList());
    }

    @Test
    void shorthandAnyAndNoneWork() {
        WatchSpec spec = new WatchSpec("truce-talks", null, List.of("ceasefire"), List.of("Witkoff", "Rubio"),
                List.of("football"), 0, List.of(), Location.NONE);
        List<Match> found = Rules.run(List.of(Rules.compile(spec)), Stories.ceasefire(), Stories.football(),
                Stories.ceaseFire());
        assertEquals(1, found.size());
        assertTrue(found.get(0).terms().contains("witkoff"));
    }

    @Test
    void eachMatchingWatchGivesOneMatch() {
        List<CompiledRule> rules = List.of(Rules.query("truce", "ceasefire"), Rules.query("kremlin", "Kremlin"),
                Rules.query("trade", "tariffs"));
        List<Match> found = Rules.run(rules, Stories.ceasefire());
        assertEquals(List.of("truce", "kremlin"), found.stream().map(Match::watch).toList());
    }

    @Test
    void termsListTheQueryTermsThatHit() {
        Match match = Rules.run(List.of(Rules.query("w", "Kremlin AND (ceasefire OR tariffs)")),
                Stories.ceasefire()).get(0);
        assertEquals(List.of("kremlin", "ceasefire"), match.terms());
    }

    @Test
    void negatedTermsNeverCountAsHits() {
        Match match = Rules.run(List.of(Rules.query("w", "ceasefire NOT tariffs")), Stories.ceasefire()).get(0);
        assertEquals(List.of("ceasefire"), match.terms());
    }

    @Test
    void marksPointAtTheMatchedWords() {
        Match match = Rules.run(List.of(Rules.query("w", "Peskov AND questions")), Stories.ceasefire()).get(0);
        List<String> marked = match.marks().stream()
                .map(mark -> match.snippet().substring(mark.start(), mark.end())).toList();
        assertEquals(List.of("Peskov", "questions"), marked);
    }

    @Test
    void hyphenatedHitIsMarkedWhole() {
        Match match = Rules.run(List.of(Rules.query("w", "ceasefire")), Stories.ceaseFire()).get(0);
        Span mark = match.marks().get(0);
        assertEquals("cease-fire", match.snippet().substring(mark.start(), mark.end()));
        assertEquals(List.of("ceasefire"), match.terms());
    }

    @Test
    void phraseWordsAreMarkedOneByOne() {
        Match match = Rules.run(List.of(Rules.query("w", "\"root causes\"")), Stories.ceasefire()).get(0);
        List<String> marked = match.marks().stream()
                .map(mark -> match.snippet().substring(mark.start(), mark.end())).toList();
        assertEquals(List.of("root", "causes"), marked);
    }

    @Test
    void wildcardHitIsNamedByTheWordItMatched() {
        Match match = Rules.run(List.of(Rules.query("w", "retaliat*")), Stories.summit()).get(0);
        assertEquals(List.of("retaliatory"), match.terms());
    }

    @Test
    void titleHitsAreMarkedInTheSnippet() {
        Match match = Rules.run(List.of(Rules.query("w", "title:truce")), Stories.ceasefire()).get(0);
        Span mark = match.marks().get(0);
        assertEquals("truce", match.snippet().substring(mark.start(), mark.end()));
    }

    @Test
    void snippetOfAPageThatRepeatsItsHeadlineHasTheTitleOnce() {
        Article page = Stories.ceasefire();
        Article repeated = page.withBody(page.title() + "\n\n" + page.body());
        Match match = Rules.run(List.of(Rules.query("w", "title:truce")), repeated).get(0);
        String title = page.title();
        assertEquals(match.snippet().indexOf(title), match.snippet().lastIndexOf(title), match.snippet());
        Match body = Rules.run(List.of(Rules.query("w", "body:ceasefire")), repeated).get(0);
        Span mark = body.marks().get(0);
        assertEquals("ceasefire", body.snippet().substring(mark.start(), mark.end()).toLowerCase());
    }

    @Test
    void concurrentCallsGiveTheSameMatches() throws Exception {
        List<CompiledRule> rules = List.of(Rules.query("truce", "ceasefire AND Kremlin"),
                Rules.query("trade", "tariff* AND steel"), Rules.query("vote", "\"presidential election\""));
        Article[] articles = {Stories.ceasefire(), Stories.summit(), Stories.election(), Stories.football()};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ArticleMatcher matcher = new ArticleMatcher(rules)) {
            List<Future<List<Match>>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Article article = articles[i % articles.length];
                futures.add(pool.submit(() -> matcher.match(article)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(matcher.match(articles[i % articles.length]), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reusedIndexGivesWhatAFreshOneGives() throws Exception {
        List<CompiledRule> rules = List.of(Rules.query("truce", "ceasefire AND Kremlin"),
                Rules.query("near", "\"study ceasefire\"~8"), Rules.query("trade", "tariff* AND steel"),
                Rules.query("vote", "\"presidential election\""),
                Rules.query("byline", "author:bauer OR author:writer7"),
                Rules.query("wire", "feed:reuters-world AND truce"),
                Rules.query("entry", "dispatch17 OR dispatch399"));
        Article blog = Stories.liveBlog();
        List<Article> articles = List.of(Stories.ceasefire(), blog, Stories.summit(), Stories.election(), blog,
                Stories.football(), Stories.ceaseFire(), Stories.ceasefire());
        Map<String, List<Match>> fresh = new HashMap<>();
        for (Article article : articles) {
            fresh.put(article.id(), Rules.run(rules, article));
        }
        assertEquals(List.of("truce", "near", "byline", "entry"), fresh.get(blog.id()).stream().map(Match::watch)
                .toList());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ArticleMatcher matcher = new ArticleMatcher(rules)) {
            for (Article article : articles) {
                assertEquals(fresh.get(article.id()), matcher.match(article), article.id());
            }
            List<Future<List<Match>>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Article article = articles.get(i % articles.size());
                futures.add(pool.submit(() -> matcher.match(article)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(fresh.get(articles.get(i % articles.size()).id()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoRulesForOneWatchAreRefused() {
        List<CompiledRule> rules = List.of(Rules.query("truce", "ceasefire"), Rules.query("truce", "Kremlin"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArticleMatcher(rules));
        assertTrue(e.getMessage().contains("truce"));
    }
}
