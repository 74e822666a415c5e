package wirewatch.alert;

import static java.util.Objects.requireNonNull;

import wirewatch.config.AlertSpec;

/**
 * What {@code wirewatch hooks test} does: runs one hook once, for real, on a sample event of the first type it
 * listens to, with the same input, timeout and process cleanup as a delivery, and records nothing in the outbox.
 */
public final class SampleRun {
    /** How a sample run went: the event type sent, and a line that says how it ended. */
    public record Result(String type, boolean isSuccess, String summary) {
        public Result {
            requireNonNull(type, "type");
            requireNonNull(summary, "summary");
        }
    }

    private SampleRun() {
    }

    /** Runs the hook and waits for it (up to its timeout, then its processes are killed). */
    public static Result run(AlertSpec alert, HookOptions options) throws InterruptedException {
        return run(alert, alert.watch(), options);
    }

    /**
     * Runs the hook on a sample event of {@code watch} ({@code *}: a made-up one) and waits for it; the summary
     * gives the exit code, or how it failed, and the end of what it wrote.
     */
    public static Result run(AlertSpec alert, String watch, HookOptions options) throws InterruptedException {
        String type = SampleEvents.TYPES.stream().filter(alert.on()::contains).findFirst().orElseThrow();
        HookOutcome outcome = new HookRunner(options.spool(), options.grace())
                .run(alert, HookInput.of(SampleEvents.of(type, "*".equals(watch) ? SampleEvents.ANY_WATCH : watch)));
        String output = outcome.lastOutput();
        String summary = outcome.isSuccess()
                ? "exit 0 in " + outcome.took().toMillis() + " ms" + (output.isEmpty() ? "" : ": " + output)
                : outcome.describe(alert.timeout());
        return new Result(type, outcome.isSuccess(), summary);
    }
}
