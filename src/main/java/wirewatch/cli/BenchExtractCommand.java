package wirewatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirewatch.bench.ExtractBenchmark;

/** {@code wirewatch bench extract}: statement extraction speed on generated articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract statements from generated ~5 KB news articles (quotes, reported speech, pronouns, "
                + "titles) on every core, as the fetch pool does, and report articles/s.")
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "articles (default: ${DEFAULT-VALUE})")
    int articles = 6_000;

    @Option(names = "--threads", paramLabel = "T", description = "threads (default: the cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || threads < 1) {
            throw new UsageException("--articles and --threads must be positive");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ExtractBenchmark.Result>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> new ExtractBenchmark(System::nanoTime).run(articles / threads)));
            }
            int done = 0;
            int statements = 0;
            long chars = 0;
            double slowest = 0;
            for (Future<ExtractBenchmark.Result> run : runs) {
                ExtractBenchmark.Result r = run.get();
                done += r.articles();
                statements += r.statements();
                chars += r.chars();
                slowest = Math.max(slowest, r.seconds());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("extract: %,d articles of ~%,d chars, %d threads: %,d statements in %.2f s%n", done,
                    chars / Math.max(1, done), threads, statements, slowest);
            out.printf("%,.0f articles/s%n", done / slowest);
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }
}
