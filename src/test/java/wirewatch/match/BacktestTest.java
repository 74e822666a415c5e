package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private final List<wirewatch.feed.Article> archive = List.of(Stories.ceasefire(), Stories.summit(),
            Stories.ceaseFire(), Stories.election(), Stories.football());

    @Test
    void returnsOnlyTheMatchingArticlesInOrder() {
        Backtest backtest = new Backtest(Rules.query("query", "ceasefire AND Kremlin"));
        List<String> ids = backtest.run(archive).stream().map(found -> found.article().id()).toList();
        assertEquals(List.of("reuters-1", "ap-7"), ids);
    }

    @Test
    void matchesCarrySnippetsWithMarkedTerms() {
        Backtest backtest = new Backtest(Rules.query("query", "tariffs AND Washington"));
        Match match = backtest.run(archive).get(0).match();
        List<String> marked = match.marks().stream()
                .map(mark -> match.snippet().substring(mark.start(), mark.end())).toList();
        assertTrue(marked.contains("tariffs"), marked.toString());
        assertTrue(marked.contains("Washington"), marked.toString());
    }

    @Test
    void givesTheSameMatchAsLiveMatching() {
        CompiledRule rule = Rules.query("truce", "\"root causes\" OR Peskov");
        Match live = Rules.run(List.of(rule), Stories.ceasefire()).get(0);
        assertEquals(live, new Backtest(rule).test(Stories.ceasefire()).orElseThrow());
    }

    @Test
    void reusedIndexGivesWhatAFreshOneGives() {
        CompiledRule rule = Rules.query("truce", "\"root causes\" OR dispatch12 OR tariff*");
        List<wirewatch.feed.Article> articles = List.of(Stories.liveBlog(), Stories.ceasefire(), Stories.summit(),
                Stories.liveBlog(), Stories.ceasefire());
        Backtest reused = new Backtest(rule);
        for (wirewatch.feed.Article article : articles) {
            assertEquals(new Backtest(rule).test(article), reused.test(article), article.id());
        }
    }

    @Test
    void authorFieldWorksInBacktests() {
        Backtest backtest = new Backtest(Rules.query("query", "author:bauer"));
        assertEquals(List.of("dw-3"), backtest.run(archive).stream().map(found -> found.article().id()).toList());
    }
}
