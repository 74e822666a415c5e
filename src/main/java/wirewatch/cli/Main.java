package wirewatch.cli;

import java.util.List;
import java.util.OptionalInt;

/** The program's entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.relaunch(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        TunedJvm.watchParent();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 fine, 1 runtime failure, 2 bad usage or config. */
    public static int run(String... args) {
        return Cli.commandLineFor(List.of(args)).execute(args);
    }
}
