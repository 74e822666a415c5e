package wirewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wirewatch.bench.StatementEval;

/** {@code wirewatch bench statements [DIR]}: extraction quality against a gold-annotated corpus. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Score statement extraction against a gold corpus folder (NNN.txt articles, gold.jsonl, "
                + "groups.jsonl): precision, recall and F1 of direct and indirect statements, attribution "
                + "accuracy, and pairwise precision/recall/F1 of variant grouping.",
                "DIR defaults to ../shared/corpus/ceasefire when it exists."})
final class BenchStatementsCommand implements Callable<Integer> {
    private static final Path DEFAULT = Path.of("..", "shared", "corpus", "ceasefire");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the corpus folder")
    @Nullable Path dir;

    @Override
    public Integer call() throws Exception {
        Path corpus = dir != null ? dir : DEFAULT;
        if (!Files.isRegularFile(corpus.resolve("gold.jsonl"))) {
            throw new UsageException(corpus + " has no gold.jsonl; pass the folder of a gold corpus");
        }
        StatementEval.Figures figures = new StatementEval().evaluate(corpus);
        spec.commandLine().getOut().println(figures);
        return 0;
    }
}
