package wirewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.alert.HookOptions;
import wirewatch.alert.SampleRun;
import wirewatch.config.AlertSpec;
import wirewatch.config.Config;
import wirewatch.store.Store;
import wirewatch.store.StoreException;

/** {@code wirewatch hooks}: try a hook on a sample event; re-queue or drop what the outbox owes hooks. */
@Command(name = "hooks", mixinStandardHelpOptions = true,
        description = {"Try a hook on a sample event, re-queue failed deliveries, or drop them (and what is owed "
                + "to a hook that is no longer configured).", "A hook is named by its 'name:' in feeds.yml, else WATCH#N "
                + "(the Nth alert on that watch); 'wirewatch check' lists what each hook is owed."})
final class HooksCommand implements Callable<Integer> {
    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run the hook NAME, or every hook of the watch NAME ('*' hooks included), once on a sample "
                    + "event of the first type it listens to, and show its exit code and the end of its output; "
                    + "nothing is recorded. Exit code 1 when a hook fails.")
    int test(@Parameters(paramLabel = "NAME", description = "a hook name or a watch name") String name)
            throws Exception {
        Setup setup = Setup.of(root);
        Config config = setup.config();
        boolean isWatch = config.watches().stream().anyMatch(w -> w.name().equals(name));
        // A watch's hooks include those on every watch ('*'), which get its events too.
        List<AlertSpec> hooks = config.alerts().stream().filter(a -> a.name().equals(name) || a.watch().equals(name)
                || isWatch && "*".equals(a.watch())).toList();
        if (hooks.isEmpty()) {
            throw new UsageException("no hook or watch with hooks named '" + name + "'; " + known(config));
        }
        PrintWriter out = out();
        HookOptions options = HookOptions.defaults(Path.of(System.getProperty("java.io.tmpdir")));
        boolean allWell = true;
        for (AlertSpec hook : hooks) {
            SampleRun.Result result = SampleRun.run(hook, isWatch ? name : hook.watch(), options);
            out.println("hook " + hook.name() + " on a sample " + result.type() + " event: "
                    + (result.isSuccess() ? "ok, " : "failed, ") + result.summary());
            allWell &= result.isSuccess();
        }
        out.flush();
        return allWell ? 0 : 1;
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Re-queue failed deliveries, of hook NAME or of every configured hook, with a fresh count "
                    + "of attempts, and make those waiting for a retry due now; the next 'tail' or dashboard "
                    + "delivers them.")
    int retry(@Parameters(paramLabel = "NAME", arity = "0..1", description = "a hook name") @Nullable String name)
            throws Exception {
        Setup setup = Setup.of(root);
        Config config = setup.config();
        if (name != null && config.alerts().stream().noneMatch(a -> a.name().equals(name))) {
            throw new UsageException("no hook named '" + name + "' in " + config.file() + "; " + known(config)
                    + "; to deliver what a removed hook is owed, give an alert 'name: " + name + "'");
        }
        try (Store store = openExisting(setup)) {
            OwedHooks owed = OwedHooks.of(config.alerts(), store.backlogs());
            int count = 0;
            for (OwedHooks.Owed hook : name == null ? owed.all() : owed.named(name)) {
                if (!hook.isRemoved()) {
                    count += store.retryDeliveries(hook.backlog().hook());
                }
            }
            out().println("re-queued " + count + " deliveries" + (name == null ? "" : " of hook " + name)
                    + (count == 0 ? "" : "; the next 'wirewatch tail' or dashboard delivers them"));
        }
        return 0;
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Drop the deliveries that failed for good, of hook NAME or of every hook; pending ones "
                    + "stay. For a hook no longer configured, drop everything still owed to it. Prints how many.")
    int clear(@Parameters(paramLabel = "NAME", arity = "0..1", description = "a hook, as 'wirewatch check' shows it")
              @Nullable String name) throws Exception {
        Setup setup = Setup.of(root);
        Config config = setup.config();
        try (Store store = openExisting(setup)) {
            if (name == null) {
                out().println("dropped " + store.dropFailedDeliveries(null) + " failed deliveries");
                return 0;
            }
            OwedHooks owed = OwedHooks.of(config.alerts(), store.backlogs());
            boolean configured = config.alerts().stream().anyMatch(a -> a.name().equals(name));
            List<OwedHooks.Owed> matching = owed.named(name);
            if (!configured && matching.isEmpty()) {
                throw new UsageException("nothing is owed to a hook named '" + name + "'; " + known(config)
                        + owed.removedList().map(list -> "; removed hooks owed deliveries: " + list).orElse(""));
            }
            int dropped = 0;
            for (OwedHooks.Owed hook : matching) {
                String key = hook.backlog().hook();
                dropped += hook.isRemoved() ? store.dropDeliveries(key) : store.dropFailedDeliveries(key);
            }
            out().println(configured ? "dropped " + dropped + " failed deliveries of hook " + name
                    : "dropped " + dropped + " deliveries owed to removed hook " + name);
        }
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String known(Config config) {
        return config.alerts().isEmpty() ? "no alerts are configured"
                : "hooks are " + String.join(", ", config.alerts().stream().map(AlertSpec::name).toList());
    }

    /** The store for writing; one that does not exist yet owes nothing, so it is not created. */
    private static Store openExisting(Setup setup) {
        if (!setup.hasStore()) {
            throw new StoreException(setup.storeName() + " does not exist yet, so nothing is owed; pass --db "
                    + "FILE for another store");
        }
        return setup.openStore();
    }
}
