package wirewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.ArchiveSearch;
import wirewatch.app.Rules;
import wirewatch.config.Config;
import wirewatch.config.Durations;
import wirewatch.config.WatchSpec;
import wirewatch.event.EventJson;
import wirewatch.event.MatchEvent;
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;
import wirewatch.match.CompiledRule;
import wirewatch.match.RuleCompiler;
import wirewatch.store.Store;

/** {@code wirewatch backtest}: a rule over the stored archive, to tune it before saving it. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run a rule over the stored archive, newest first, with snippets and a count, without "
                + "emitting alerts: how to tune a rule before saving it as a watch.",
                "Articles are taken by published time, else first seen."})
final class BacktestCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rule rule;

    static final class Rule {
        @Parameters(paramLabel = "QUERY", description = "a query in the rule language, e.g. 'ceasefire AND Kremlin'")
        @Nullable String query;

        @Option(names = "--watch", paramLabel = "W", description = "the rule of this watch in the config")
        @Nullable String watch;
    }

    @Option(names = "--since", paramLabel = "AGE", defaultValue = "7d",
            description = "how far back, with a unit s m h d (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--json",
            description = "print match objects (see 'Events' in the README), one a line, nothing else")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Setup setup = Setup.of(root);
        Duration age;
        try {
            age = Durations.parse(since);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--since " + since + ": " + e.getMessage());
        }
        CompiledRule compiled = Rules.compile(watchSpec(setup));
        PrintWriter out = this.spec.commandLine().getOut();
        Instant from = setup.clock().instant().minus(age);
        try (Store store = setup.openExisting()) {
            long started = System.nanoTime();
            List<MatchEvent> matches = ArchiveSearch.run(compiled, store, from, setup.clock());
            for (MatchEvent match : matches) {
                out.println(json ? EventJson.write(match) : human(match));
            }
            out.flush();
            String count = matches.size() + " match" + (matches.size() == 1 ? "" : "es") + " since "
                    + DAY.format(from) + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)";
            (json ? this.spec.commandLine().getErr() : out).println(count);
        }
        return 0;
    }

    private WatchSpec watchSpec(Setup setup) throws Exception {
        if (rule.query != null) {
            return WatchSpec.query(RuleCompiler.AD_HOC, rule.query);
        }
        Config config = setup.loaded();
        return config.watch(rule.watch).orElseThrow(() -> new UsageException("no watch '" + rule.watch + "' in "
                + setup.paths().config() + "; 'wirewatch check' lists them"));
    }

    private static String human(MatchEvent m) {
        Instant when = m.article().published() != null ? m.article().published() : m.time();
        return TerminalText.strip(TextCleaner.line(DAY.format(when) + "  " + m.article().feed() + "  "
                + m.article().title())) + "\n    " + TerminalText.strip(TextCleaner.line(m.snippet()));
    }
}
