package wirewatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.alert.DryRun;
import wirewatch.alert.HookProgram;
import wirewatch.app.Rules;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.config.Durations;
import wirewatch.config.FeedSpec;
import wirewatch.event.EventJson;
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;
import wirewatch.match.CompiledRule;
import wirewatch.store.ArchiveCounts;
import wirewatch.store.Delivery;
import wirewatch.store.PollerStatus;
import wirewatch.store.Store;
import wirewatch.store.StoreException;

/** {@code wirewatch check}: validates the config and shows what it means. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the config and list its feeds, its watches with their compiled queries, its "
                + "people and alerts, the hook deliveries that failed for good, and what each hook is still owed, "
                + "hooks no longer configured included, the outbox's backlog, and on a PostgreSQL store the "
                + "pollers sharing it, each with its heartbeat and the feeds and hooks it leases. Warns of a 'run:' "
                + "program not on PATH (exit code 0).",
                "A bad config gets one message with file, line, column and the fix, and exit code 2."})
final class CheckCommand implements Callable<Integer> {
    /** Wide enough for the names people give; generated ones run longer and overflow their row. */
    private static final int NAME_CAP = 32;
    /** Failed deliveries listed one by one; past this, the count says how many more there are. */
    private static final int SHOWN_FAILURES = 50;

    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "show what each hook would receive (argv, environment, JSON)")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Setup setup = Setup.of(root);
        Config config = setup.loaded();
        List<CompiledRule> rules = Rules.compile(config);
        PrintWriter out = spec.commandLine().getOut();
        line(out, "config " + setup.paths().config() + ": ok");
        out.println();
        line(out, "feeds (" + config.feeds().size() + "), default interval " + Durations.format(config.poll())
                + ":");
        feeds(config.feeds(), out);
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
            // A warning, not an error: the program may be installed before the first event comes.
            HookProgram.missing(alert, System.getenv("PATH")).ifPresent(program -> line(out, "    warning: alert '"
                    + alert.name() + "' (watch " + alert.watch() + "): program '" + program + "' is not on PATH; "
                    + "its deliveries fail until it is installed or 'run:' gives its full path"));
        }
        deliveries(setup, config, out);
        if (dryRun) {
            out.println();
            line(out, "dry run: what each hook would receive");
            DryRun.render(config.alerts()).forEach(text -> line(out, "  " + text));
        }
        out.flush();
        return 0;
    }

    /**
     * One feed a row, in columns as wide as their widest value; a name longer than {@value #NAME_CAP} characters
     * overflows its own row rather than pushing every other row to the right.
     */
    private static void feeds(List<FeedSpec> feeds, PrintWriter out) {
        int name = Math.min(NAME_CAP, feeds.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        int every = feeds.stream().mapToInt(f -> Durations.format(f.every()).length()).max().orElse(0);
        for (FeedSpec feed : feeds) {
            line(out, "  " + pad(feed.name(), name) + "  every " + pad(Durations.format(feed.every()), every)
                    + "  fulltext " + pad(feed.fulltext().name().toLowerCase(java.util.Locale.ROOT), "always".length())
                    + "  " + feed.url());
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
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

    /**
     * The pollers sharing a PostgreSQL store, with the feeds and hooks' lanes each holds: alive while its heartbeat
     * is younger than a lease, else silent (killed, or cut off; its leases move on when they run out).
     */
    private static void pollers(List<PollerStatus> pollers, Duration lease, Instant now, PrintWriter out) {
        if (pollers.isEmpty()) {
            return;
        }
        out.println();
        line(out, "pollers (" + pollers.size() + "), lease " + Durations.format(lease) + ":");
        for (PollerStatus poller : pollers) {
            Duration since = Duration.between(poller.heartbeat(), now);
            String state = since.compareTo(lease) <= 0 ? "alive" : "silent for " + Durations.format(since);
            line(out, "  " + poller.id() + "  " + state + ", " + poller.feeds() + " feeds, " + poller.hooks()
                    + " hooks leased, up since " + poller.started());
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

    /** What the failed event was about, from its stored JSON: the watch and the article's title, where it has them. */
    private static String about(Delivery delivery) {
        try {
            JsonNode event = EventJson.mapper().readTree(delivery.json());
            String watch = event.path("watch").asText("");
            String title = event.path("article").path("title").asText("");
            return (watch.isEmpty() ? "" : " [" + watch + "]") + (title.isEmpty() ? "" : " \"" + title + "\"");
        } catch (JsonProcessingException e) {
            return " (stored event unreadable: " + e.getOriginalMessage() + ")";
        }
    }

    private static void deliveries(Setup setup, Config config, PrintWriter out) {
        if (!setup.hasStore()) {
            return;
        }
        try (Store store = setup.openExisting()) {
            List<Delivery> failed = store.failedDeliveries(SHOWN_FAILURES);
            ArchiveCounts counts = store.counts();
            out.println();
            line(out, "store " + setup.storeName() + ": " + counts.articles() + " articles, "
                    + counts.failedDeliveries() + " failed hook deliveries"
                    + (counts.failedDeliveries() > failed.size() ? ", the newest " + failed.size() : "")
                    + (failed.isEmpty() ? "" : " ('wirewatch hooks retry HOOK' sends them again):"));
            for (Delivery d : failed) {
                line(out, "  hook " + OwedHooks.shown(d.hook()) + ", " + TextCleaner.line(d.type() + " "
                        + d.eventId() + about(d) + " after " + d.attempts() + " attempts: " + d.lastError()));
            }
            line(out, "  outbox: " + store.pendingDeliveryCount() + " deliveries pending");
            owed(OwedHooks.of(config.alerts(), store.backlogs()), out);
            pollers(store.pollers(), config.lease(), setup.clock().instant(), out);
        } catch (StoreException e) {
            out.println();
            line(out, "store " + setup.storeName() + ": " + e.getMessage());
        }
    }
}
