package wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void benchmarkReportsFiguresForTheArchiveItFilled() throws Exception {
        DashboardBenchmark.Figures figures = DashboardBenchmark.run(dir, 3_000, 60);
        System.getLogger(DashboardBenchmarkTest.class.getName()).log(System.Logger.Level.INFO, figures.toString());
        assertEquals(3_000, figures.articles());
        assertEquals(60, figures.keypresses());
        assertTrue(figures.heapBytes() > 0 && !figures.firstFrame().isNegative());
    }
}
