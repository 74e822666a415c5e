package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.store.StoreRecovery;

/** {@code wirewatch store recover OUT}: what is readable of a damaged store, copied into a new one. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Copy everything readable from the store (--db) into a new store at OUT, table by table and "
                + "row by row, and report the counts. The store itself is only read. Rows in or next to damaged "
                + "pages are lost.", "Then use the new store with --db OUT, or move it in place of the old one."})
final class StoreRecoverCommand implements Callable<Integer> {
    @ParentCommand
    StoreCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "the new store; must not exist yet")
    Path out;

    @Override
    public Integer call() throws UsageException {
        Path file = Setup.of(parent.root).storeFile("store recover");
        List<StoreRecovery.TableCount> counts = StoreRecovery.recover(file, out);
        PrintWriter print = spec.commandLine().getOut();
        long rows = 0;
        for (StoreRecovery.TableCount count : counts) {
            rows += count.copied();
            print.printf("  %-12s %,10d rows copied%s%s%n", count.table(), count.copied(),
                    count.unreadable() == 0 ? "" : ", " + count.unreadable() + " unreadable stretch"
                            + (count.unreadable() == 1 ? "" : "es") + " skipped",
                    count.refused() == 0 ? "" : ", " + count.refused() + " damaged row"
                            + (count.refused() == 1 ? "" : "s") + " left out");
        }
        print.printf("%s: %,d rows recovered into %s%n", file, rows, out);
        return 0;
    }
}
