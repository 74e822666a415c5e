package wirewatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wirewatch.statement.ExtractBenchmark;

/** {@code wirewatch bench extract}: statement extraction speed on generated articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract statements from generated ~5 KB news articles (quotes, reported speech, pronouns) "
                + "and report articles/s on one thread.")
final class BenchExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "articles (default: ${DEFAULT-VALUE})")
    int articles = 5_000;

    @Override
    public Integer call() {
        ExtractBenchmark.Result r = new ExtractBenchmark(System::nanoTime).run(articles);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("extract: %,d articles of ~%,d chars, %,d statements in %.2f s%n", r.articles(),
                r.chars() / Math.max(1, r.articles()), r.statements(), r.seconds());
        out.printf("%,.0f articles/s%n", r.articlesPerSecond());
        return 0;
    }
}
