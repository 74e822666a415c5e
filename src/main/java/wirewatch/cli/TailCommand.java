package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.Engine;
import wirewatch.app.EngineOptions;
import wirewatch.app.WriteListener;
import wirewatch.config.Config;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.store.Store;
import wirewatch.store.StoreException;

/** {@code wirewatch tail}: polls headless and prints events as they happen. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Poll the feeds without the dashboard and print each event as it happens: matches, "
                + "statements, revisions and feed errors. Hooks in alerts: run as usual.",
                "Runs until interrupted; with --once, polls every feed now (conditional requests), prints each "
                        + "feed's events as soon as that feed is done, finishes the hook deliveries it caused, and "
                        + "exits 0 (a failing feed is a feed_error event). On a terminal, --once keeps one line on "
                        + "standard error with the feeds done and the one it waits for, cleared at the end.",
                "Several tails on one PostgreSQL store split the feeds and hooks between them by lease (store: "
                        + "{lease: 30s} in feeds.yml); a dead one's share moves on when its lease runs out."})
final class TailCommand implements Callable<Integer> {
    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "one round of every feed, its hook deliveries finished, then exit")
    boolean once;

    @Option(names = "--json", description = "print events as JSON lines (see 'Events' in the README), nothing else")
    boolean json;

    @Option(names = "--story", paramLabel = "S",
            description = "print only the events of the watches in story S (and feed errors); every watch is still "
                    + "polled, stored and sent to its hooks")
    @Nullable String story;

    @Override
    public Integer call() throws Exception {
        Setup.prepareForPolling();
        Setup setup = Setup.of(root);
        Config config = setup.config();
        Predicate<Event> followed = followed(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = setup.openStore();
             Engine engine = Engine.create(config, store, setup.clock(), EngineOptions.defaults())) {
            // On a terminal, a round with a hanging feed says what it waits for; never on a file or pipe.
            ProgressLine progress = new ProgressLine(err, config.feeds().size(), once && ProgressLine.isTerminal());
            engine.addSink(events -> progress.around(
                    () -> print(out, events.stream().filter(followed).toList(), json)));
            if (once) {
                Engine.RoundSummary summary;
                try {
                    summary = engine.runOnce(progress);
                } finally {
                    progress.clear();
                }
                out.flush();
                if (!json) {
                    summarise(err, summary);
                }
                return 0;
            }
            engine.addWriteListener(notices(err, setup.storeName()));
            engine.start();
            awaitInterrupt(engine);
            return 0;
        }
    }

    /** The events to print: all, or with {@code --story} those of its watches and those of no watch. */
    private Predicate<Event> followed(Config config) throws UsageException {
        if (story == null) {
            return event -> true;
        }
        List<String> stories = config.stories();
        if (!stories.contains(story)) {
            throw new UsageException(stories.isEmpty()
                    ? "--story " + story + ": no watch in " + config.file() + " has a story; add 'story: " + story
                            + "' to the watches to follow together"
                    : "--story " + story + ": no such story in " + config.file() + "; the stories are: "
                            + String.join(", ", stories));
        }
        Set<String> watches = config.watchesIn(story);
        return event -> event.watchName() == null || watches.contains(event.watchName());
    }

    /** One line on stderr when writing to the store stops, and one when it resumes. */
    static WriteListener notices(PrintWriter err, String store) {
        return new WriteListener() {
            @Override
            public void stopped(StoreException cause) {
                err.println("wirewatch: writing to the store stopped: " + cause.getMessage() + "; polling goes on "
                        + "and what was not stored is fetched again");
            }

            @Override
            public void resumed() {
                err.println("wirewatch: writing to " + store + " resumed");
            }
        };
    }

    static void summarise(PrintWriter err, Engine.RoundSummary summary) {
        String cut = summary.cutShort() == 0 ? ""
                : ", " + summary.cutShort() + " cut short by their page budget or deadline (see the log)";
        String hooks = summary.failedDeliveries() == 0 ? ""
                : ", " + summary.failedDeliveries() + " hook deliveries failed (see 'wirewatch check')";
        err.printf("%d feeds polled, %d failed%s, %d events%s in %.1f s%n", summary.feeds(), summary.failed(), cut,
                summary.events(), hooks, summary.took().toMillis() / 1000.0);
    }

    static void print(PrintWriter out, java.util.List<Event> events, boolean json) {
        for (Event event : events) {
            out.println(json ? EventJson.write(event) : EventLine.of(event));
        }
        out.flush();
    }

    /** Blocks until SIGINT/SIGTERM, then lets the try-with-resources close the engine and store. */
    private static void awaitInterrupt(Engine engine) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stop.await();
        } finally {
            engine.close();
            closed.countDown();
        }
    }
}
