package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.alert.DryRun;
import wirewatch.app.Rules;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.config.ConfigLoader;
import wirewatch.config.Durations;
import wirewatch.config.FeedSpec;
import wirewatch.feed.TextCleaner;
import wirewatch.match.CompiledRule;
import wirewatch.store.Delivery;
import wirewatch.store.SqliteStore;
import wirewatch.store.StoreException;

/** {@code wirewatch check}: validates the config and shows what it means. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the config and list its feeds, its watches with their compiled queries, its "
                + "people and alerts, and the hook deliveries that failed for good.",
                "A bad config gets one message with file, line, column and the fix, and exit code 2."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "show what each hook would receive (argv, environment, JSON)")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Setup setup = Setup.of(root);
        Config config = ConfigLoader.load(setup.paths().config());
        List<CompiledRule> rules = Rules.compile(config);
        PrintWriter out = spec.commandLine().getOut();
        out.println("config " + setup.paths().config() + ": ok");
        out.println();
        out.println("feeds (" + config.feeds().size() + "), default interval " + Durations.format(config.poll())
                + ":");
        for (FeedSpec feed : config.feeds()) {
            out.printf("  %-24s every %-6s fulltext %-6s %s%n", feed.name(), Durations.format(feed.every()),
                    feed.fulltext().name().toLowerCase(java.util.Locale.ROOT), feed.url());
        }
        out.println();
        out.println("watches (" + rules.size() + "):");
        for (CompiledRule rule : rules) {
            out.printf("  %-24s %s%n", rule.watch(), rule.display());
        }
        if (!config.people().isEmpty()) {
            out.println();
            out.println("people (" + config.people().size() + "):");
            config.people().forEach((name, aliases) -> out.println("  " + name + ": " + String.join(", ", aliases)));
        }
        out.println();
        out.println("alerts (" + config.alerts().size() + "):");
        for (AlertSpec alert : config.alerts()) {
            out.println("  " + describe(alert));
        }
        failedDeliveries(setup, out);
        if (dryRun) {
            out.println();
            out.println("dry run: what each hook would receive");
            DryRun.render(config.alerts()).forEach(line -> out.println("  " + line));
        }
        out.flush();
        return 0;
    }

    static String describe(AlertSpec alert) {
        String command = alert.shell() != null ? "shell: " + alert.shell() : "run: " + String.join(" ", alert.run());
        return "watch " + alert.watch() + " on " + String.join(",", new java.util.TreeSet<>(alert.on())) + " -> "
                + command + " (timeout " + Durations.format(alert.timeout()) + ", retries " + alert.retries() + ")";
    }

    private static void failedDeliveries(Setup setup, PrintWriter out) {
        if (!Files.exists(setup.paths().store())) {
            return;
        }
        try (SqliteStore store = setup.openExisting()) {
            List<Delivery> failed = store.failedDeliveries(50);
            out.println();
            out.println("store " + setup.paths().store() + ": " + store.counts().articles() + " articles, "
                    + failed.size() + " failed hook deliveries" + (failed.isEmpty() ? "" : ":"));
            for (Delivery d : failed) {
                out.println("  " + TextCleaner.clean(d.type() + " " + d.eventId() + " after " + d.attempts()
                        + " attempts: " + d.lastError()));
            }
        } catch (StoreException e) {
            out.println();
            out.println("store " + setup.paths().store() + ": " + e.getMessage());
        }
    }
}
