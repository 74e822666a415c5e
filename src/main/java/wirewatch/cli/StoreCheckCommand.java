package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.feed.TextCleaner;
import wirewatch.store.Integrity;

/** {@code wirewatch store check}: SQLite's full integrity check of the store, read-only. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the whole store for damage (SQLite's integrity_check), reading only. Prints ok, or "
                + "the problems found, and exits 1 when there are any.",
                "Every open checks the store too, but walks only its first 10,000 pages (about 40 MB)."})
final class StoreCheckCommand implements Callable<Integer> {
    @ParentCommand
    StoreCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UsageException {
        Path file = Setup.of(parent.root).storeFile("store check");
        List<String> problems = Integrity.check(file);
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println(file + ": ok");
            return ExitCode.OK;
        }
        out.println(file + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; 'wirewatch store recover OUT' copies what is readable into a new store");
        problems.forEach(problem -> out.println("  " + TextCleaner.clean(problem)));
        return ExitCode.SOFTWARE;
    }
}
