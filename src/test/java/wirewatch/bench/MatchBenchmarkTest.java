package wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchBenchmarkTest {

    @Test
    void reportsWhatItRan() throws InterruptedException {
        MatchBenchmark.Result result = MatchBenchmark.run(new MatchBenchmark.Spec(50, 200, 2, 7L));
        assertEquals(50, result.rules());
        assertEquals(200, result.articles());
        assertTrue(result.matches() > 0, "matches " + result.matches());
        assertTrue(result.articleBytes() > 1800 && result.articleBytes() < 2600, "size " + result.articleBytes());
    }

    @Test
    void sameSeedFindsTheSameMatches() throws InterruptedException {
        MatchBenchmark.Spec spec = new MatchBenchmark.Spec(30, 100, 1, 11L);
        assertEquals(MatchBenchmark.run(spec).matches(), MatchBenchmark.run(spec).matches());
    }
}
