package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirewatch.bench.MatchBenchmark;
import wirewatch.bench.DashboardBenchmark;

/** {@code wirewatch bench}: the performance harness; each subcommand prints its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure wirewatch on generated data, on this machine. The ingest comparison with newsboat "
                + "and sfeed is bench/ingest.sh; docs/benchmarks.md has the figures."},
        subcommands = {BenchCommand.Match.class, BenchExtractCommand.class, BenchStatementsCommand.class,
                BenchCuesCommand.class,
                BenchCommand.Screen.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = "Match generated ~2 KB articles against generated rules (terms, phrases, AND/OR/NOT, "
                    + "proximity, wildcards), text analysis included, on every core.")
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "N", description = "rules (default: ${DEFAULT-VALUE})")
        int rules = 100;

        @Option(names = "--articles", paramLabel = "M", description = "articles (default: ${DEFAULT-VALUE})")
        int articles = 5_000;

        @Option(names = "--threads", paramLabel = "T", description = "threads (default: the cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
        long seed = 7;

        @Override
        public Integer call() throws InterruptedException {
            if (rules < 1 || articles < 1 || threads < 1) {
                throw new IllegalArgumentException("--rules, --articles and --threads must be positive");
            }
            MatchBenchmark.Result r = MatchBenchmark.run(new MatchBenchmark.Spec(rules, articles, threads, seed));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("match: %,d rules, %,d articles of ~%,d bytes, %d threads: %,d matches (%.2f per article)"
                    + " in %.2f s%n", r.rules(), r.articles(), r.articleBytes(), r.threads(), r.matches(),
                    (double) r.matches() / r.articles(), r.seconds());
            out.printf("%,.0f articles/s%n", r.articlesPerSecond());
            return 0;
        }
    }

    @Command(name = "dashboard", mixinStandardHelpOptions = true,
            description = "Fill a temporary store, then time the dashboard's first frame and keypresses on a "
                    + "virtual terminal, and measure the heap it holds.")
    static final class Screen implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--articles", paramLabel = "N", description = "stored articles (default: ${DEFAULT-VALUE})")
        int articles = 100_000;

        @Option(names = "--keys", paramLabel = "K", description = "keypresses (default: ${DEFAULT-VALUE})")
        int keys = 400;

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("wirewatch-bench");
            try {
                DashboardBenchmark.Figures f = DashboardBenchmark.run(dir, articles, keys);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("dashboard: %,d stored articles (filled in %.1f s)%n", f.articles(),
                        f.fill().toMillis() / 1000.0);
                out.printf("first frame %d ms; keypress median %.1f ms, p99 %.1f ms, max %.1f ms over %d keys; "
                                + "heap %.1f MB%n", f.firstFrame().toMillis(), f.keyMedian().toNanos() / 1e6,
                        f.keyP99().toNanos() / 1e6, f.keyMax().toNanos() / 1e6, f.keypresses(),
                        f.heapBytes() / 1e6);
                return 0;
            } finally {
                Folders.deleteTree(dir);
            }
        }
    }
}
