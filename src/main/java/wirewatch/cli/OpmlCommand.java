package wirewatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.config.ConfigException;
import wirewatch.config.OpmlWriter;

/** {@code wirewatch opml}: the configured feeds as OPML, for another feed reader. */
@Command(name = "opml", mixinStandardHelpOptions = true,
        description = {"Print the configured feeds as an OPML 2.0 subscription list on standard output, one outline "
                + "a feed (name as text and title, address as xmlUrl), for importing into another feed reader: "
                + "wirewatch opml > subscriptions.opml"})
final class OpmlCommand implements Callable<Integer> {
    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        Setup setup = Setup.of(root);
        PrintWriter out = spec.commandLine().getOut();
        out.print(OpmlWriter.write(setup.loaded().feeds()));
        out.flush();
        return 0;
    }
}
