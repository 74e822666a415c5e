package wirewatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import wirewatch.config.AlertSpec;
import wirewatch.config.Durations;
import wirewatch.event.EventJson;

/**
 * What {@code wirewatch check --dry-run} shows: for each alert and each event type it listens to, the argv that
 * would run, the environment it would get and the JSON line on its standard input, for a sample event. Built from
 * the same parts the hook runner uses, so what is shown is what would run. Pure: the same alerts give the same
 * lines; nothing is run.
 */
public final class DryRun {

    private DryRun() {
    }

    /** Lines to print, unindented beyond their own nesting, with no trailing newlines. */
    public static List<String> render(List<AlertSpec> alerts) {
        List<String> lines = new ArrayList<>();
        if (alerts.isEmpty()) {
            lines.add("no alerts configured");
        }
        for (AlertSpec alert : alerts) {
            lines.add(heading(alert));
            for (String type : SampleEvents.TYPES) {
                if (alert.on().contains(type)) {
                    render(alert, type, lines);
                }
            }
        }
        return lines;
    }

    private static String heading(AlertSpec alert) {
        String where = alert.location().toString();
        return (where.isEmpty() ? "" : where + ": ") + "hook " + alert.name() + " for watch " + alert.watch()
                + " on " + String.join(",", new TreeSet<>(alert.on())) + " (timeout " + Durations.format(alert.timeout())
                + ", retries " + alert.retries() + ")";
    }

    private static void render(AlertSpec alert, String type, List<String> lines) {
        String watch = "*".equals(alert.watch()) ? SampleEvents.ANY_WATCH : alert.watch();
        HookInput input = HookInput.of(SampleEvents.of(type, watch));
        lines.add("  on a " + type + " event (sample):");
        lines.add("    argv:  " + asJson(HookCommand.argv(alert)));
        for (Map.Entry<String, String> variable : input.environment().entrySet()) {
            lines.add("    env:   " + variable.getKey() + "=" + variable.getValue());
        }
        lines.add("    stdin: " + input.json());
    }

    private static String asJson(List<String> argv) {
        try {
            return EventJson.mapper().writeValueAsString(argv);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write argv " + argv + " as JSON", e);
        }
    }
}
