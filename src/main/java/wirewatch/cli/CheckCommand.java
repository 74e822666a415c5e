package wirewatch.cli;

import java.io.PrintWriter;
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
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;
import wirewatch.match.CompiledRule;
import wirewatch.store.Delivery;
import wirewatch.store.Store;
import wirewatch.store.StoreException;

/** {@code wirewatch check}: validates the config and shows what it means. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the config and list its feeds, its watches with their compiled queries, its "
                + "people and alerts, the hook deliveries that failed for good, and what each hook is still owed, "
                + "hooks no longer configured included.",
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
        line(out, "config " + setup.paths().config() + ": ok");
        out.println();
        line(out, "feeds (" + config.feeds().size() + "), default interval " + Durations.format(config.poll())
                + ":");
        for (FeedSpec feed : config.feeds()) {
            line(out, String.format("  %-24s every %-6s fulltext %-6s %s", feed.name(),
                    Durations.format(feed.every()), feed.fulltext().name().toLowerCase(java.util.Locale.ROOT),
                    feed.url()));
        }
        out.println();
        line(out, "watches (" + rules.size() + "):");
        for (CompiledRule rule : rules) {
            line(out, String.format("  %-24s %s", rule.watch(), rule.display()));
        }
        if (!config.people().isEmpty()) {
            out.println();
            line(out, "people (" + config.people().size() + "):");
            config.people().forEach((name, aliases) -> line(out, "  " + name + ": " + String.join(", ",
                    aliases)));
        }
        out.println();
        line(out, "alerts (" + config.alerts().size() + "):");
        for (AlertSpec alert : config.alerts()) {
            line(out, "  " + describe(alert));
        }
        deliveries(setup, config.alerts(), out);
        if (dryRun) {
            out.println();
            line(out, "dry run: what each hook would receive");
            DryRun.render(config.alerts()).forEach(text -> line(out, "  " + text));
        }
        out.flush();
        return 0;
    }

    /** What each hook is owed, and how to deal with what is owed to hooks no longer configured. */
    private static void owed(OwedHooks owed, PrintWriter out) {
        if (owed.all().isEmpty()) {
            return;
        }
        out.println();
        line(out, "hooks owed deliveries (" + owed.all().size() + "):");
        for (OwedHooks.Owed hook : owed.all()) {
            line(out, "  " + hook.shown() + (hook.isRemoved() ? " (no longer configured)" : "") + ": "
                    + hook.describe());
        }
        if (!owed.removed().isEmpty()) {
            line(out, "  a hook no longer configured gets nothing: 'wirewatch hooks clear NAME' drops what it is "
                    + "owed, an alert with its name delivers it");
        }
    }

    /** Config and store text can hold escapes and bidirectional controls; none of them reaches the terminal. */
    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.strip(text));
    }

    static String describe(AlertSpec alert) {
        String command = alert.shell() != null ? "shell: " + alert.shell() : "run: " + String.join(" ", alert.run());
        return alert.name() + ": watch " + alert.watch() + " on "
                + String.join(",", new java.util.TreeSet<>(alert.on())) + " -> " + command + " (timeout " + Durations.format(alert.timeout()) + ", retries " + alert.retries() + ")";
    }

    private static void deliveries(Setup setup, List<AlertSpec> alerts, PrintWriter out) {
        if (!setup.hasStore()) {
            return;
        }
        try (Store store = setup.openExisting()) {
            List<Delivery> failed = store.failedDeliveries(50);
            out.println();
            line(out, "store " + setup.storeName() + ": " + store.counts().articles() + " articles, "
                    + failed.size() + " failed hook deliveries" + (failed.isEmpty() ? "" : ":"));
            for (Delivery d : failed) {
                line(out, "  " + OwedHooks.shown(d.hook()) + ": " + TextCleaner.line(d.type() + " " + d.eventId()
                        + " after " + d.attempts() + " attempts: " + d.lastError()));
            }
            owed(OwedHooks.of(alerts, store.backlogs()), out);
        } catch (StoreException e) {
            out.println();
            line(out, "store " + setup.storeName() + ": " + e.getMessage());
        }
    }
}
