package wirewatch.cli;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.DemoServer;
import wirewatch.app.DemoStory;
import wirewatch.app.Engine;
import wirewatch.app.EngineOptions;
import wirewatch.config.Config;
import wirewatch.config.ConfigLoader;
import wirewatch.config.FeedSpec;
import wirewatch.store.SqliteStore;
import wirewatch.tui.Dashboard;
import wirewatch.tui.DashboardOptions;

/** {@code wirewatch demo}: the dashboard on a bundled story, replayed offline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Open the dashboard on a bundled, fictional story (truce talks over a border river, five "
                + "outlets, a simulated day) served from an in-process server on 127.0.0.1 and replayed fast, into "
                + "a temporary store. Needs no network and no config.",
                "Watch matches arrive, quotes grouped across outlets with word diffs, a speaker changing position "
                        + "and an article edited after publication. Press ? for the keys, q to quit."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    WirewatchCommand root;

    @Option(names = "--speed", paramLabel = "N",
            description = "simulated minutes per real second (default: ${DEFAULT-VALUE}: the day in about 90 s)")
    double speed = DemoServer.DEFAULT_SPEED;

    @Option(names = "--once", description = "no dashboard: replay the whole day, poll its feeds once at the end, "
            + "print the events as tail --once does, and exit")
    boolean once;

    @Option(names = "--json", description = "with --once: print events as JSON lines (see 'Events' in the README)")
    boolean json;

    @Spec
    CommandSpec spec;

    private static final double MAX_SPEED = 10_000;

    @Override
    public Integer call() throws Exception {
        if (json && !once) {
            throw new UsageException("--json goes with --once: the dashboard shows events on screen");
        }
        if (!(speed > 0) || speed > MAX_SPEED) {
            throw new UsageException("--speed " + speed + ": give a number of simulated minutes per second, "
                    + "above 0 and at most 10000");
        }
        Setup.prepareForPolling();
        Setup setup = Setup.of(root);
        DemoStory story = DemoStory.load();
        Path dir = Files.createTempDirectory("wirewatch-demo");
        try (DemoServer server = DemoServer.start(story, setup.clock(), once ? MAX_SPEED : speed)) {
            Config config = ConfigLoader.parse(story.feedsYaml(server.base()), Path.of("demo.yml"));
            DashboardOptions options = DashboardOptions.fromEnvironment(setup.clock(), System.getenv())
                    .withWatches(story.watchNames())
                    .withFeeds(config.feeds().stream().map(FeedSpec::name).toList());
            try (SqliteStore store = SqliteStore.open(dir.resolve("demo.db"));
                 Engine engine = Engine.create(config, store, setup.clock(),
                         EngineOptions.defaults().withHooks(false))) {
                if (once) {
                    return replayOnce(server, story, engine);
                }
                EngineControls controls = new EngineControls(config.feeds().size());
                controls.ready(engine);
                try (Terminal terminal = Dashboard.openTerminal()) {
                    Dashboard.run(terminal, store, controls, options);
                }
            }
        } finally {
            Folders.deleteTree(dir);
        }
        return 0;
    }

    /** Waits for the replay to reach the story's end (a tenth of a second at most), then polls once. */
    private int replayOnce(DemoServer server, DemoStory story, Engine engine) throws InterruptedException {
        while (server.simulatedNow().isBefore(story.end())) {
            Thread.sleep(10);
        }
        PrintWriter out = spec.commandLine().getOut();
        engine.addSink(events -> TailCommand.print(out, events, json));
        Engine.RoundSummary summary = engine.runOnce();
        out.flush();
        if (!json) {
            TailCommand.summarise(spec.commandLine().getErr(), summary);
        }
        return 0;
    }
}
