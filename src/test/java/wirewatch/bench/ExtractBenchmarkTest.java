package wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import wirewatch.statement.Aliases;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;

class ExtractBenchmarkTest {

    @Test
    void generatedArticlesAreAboutFiveKilobytes() {
        int length = ExtractBenchmark.article(7).length();
        assertTrue(length >= 5000 && length < 5800, "article of " + length + " chars");
    }

    @Test
    void generatedArticlesCarryStatementsOfEveryKind() {
        var found = new StatementExtractor().extract(ExtractBenchmark.article(3), Aliases.none());
        assertTrue(found.stream().anyMatch(Statement::isDirect));
        assertTrue(found.stream().anyMatch(s -> !s.isDirect()));
    }

    @Test
    void runReportsArticlesAndStatementsOverTheTickerTime() {
        AtomicLong ticks = new AtomicLong();
        ExtractBenchmark.Result result = new ExtractBenchmark(() -> ticks.addAndGet(500_000_000L)).run(20);
        assertEquals(20, result.articles());
        assertTrue(result.statements() > 20 * 5, result.toString());
        assertEquals(0.5, result.seconds(), 1e-9);
        assertEquals(40.0, result.articlesPerSecond(), 1e-9);
    }
}
