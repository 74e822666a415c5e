package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import wirewatch.bench.CueCorpus;

/** {@code wirewatch bench cues DIR}: learns the reporting verbs of an annotated corpus, the jar's cue-verbs.txt. */
@Command(name = "cues", mixinStandardHelpOptions = true,
        description = {"Learn reporting verbs from a gold corpus folder whose gold.jsonl statements carry the "
                + "annotated cue, and print them in the form of src/main/resources/wirewatch/statement/"
                + "cue-verbs.txt. docs/statements.md says how the shipped list was made."})
final class BenchCuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a converted training corpus folder")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("gold.jsonl"))) {
            throw new UsageException(dir + " has no gold.jsonl; pass the folder of a gold corpus");
        }
        List<String> verbs = CueCorpus.learn(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("# Reporting verbs learned by 'wirewatch bench cues' from an annotated news corpus:");
        out.println("# cue heads marked at least 3 times and in at least 30% of their uses outside quotes.");
        verbs.forEach(out::println);
        return 0;
    }
}
