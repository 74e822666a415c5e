package wirewatch.tui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.app.EngineStatus;
import wirewatch.store.ArchiveCounts;

/** The bottom line: polling state, rounds, hook failures, store size, and the last message for the user. */
final class StatusLine {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private StatusLine() {
    }

    static List<Run> runs(EngineStatus status, ArchiveCounts counts, boolean writable, Instant now, ZoneId zone,
                          @Nullable String message) {
        List<Run> runs = new ArrayList<>();
        if (message != null) {
            runs.add(Run.of(" " + message + " ", Style.KEY));
            runs.add(Run.of("│", Style.DIM));
        }
        if (status.polling()) {
            runs.add(Run.plain(" " + status.feeds() + " feeds"));
            if (status.failing() > 0) {
                runs.add(Run.of(" · " + status.failing() + " failing", Style.ERROR));
            }
            Instant last = status.lastRound();
            runs.add(Run.plain(" · last " + (last == null ? "—"
                    : CLOCK.format(last.atZone(zone)) + " (" + Elapsed.of(Duration.between(last, now)) + " ago)")));
            Instant next = status.nextRound();
            if (next != null && !Elapsed.isDue(now, next)) {
                // A poll that is due is under way: a "next in 0 s" would only sit there while it runs.
                runs.add(Run.plain(" · next in " + Elapsed.of(Duration.between(now, next))));
            }
        } else if (!writable) {
            runs.add(Run.of(" READ-ONLY", Style.ERROR));
            runs.add(Run.plain(" (another wirewatch polls this store)"));
        } else {
            runs.add(Run.of(" not polling", Style.DIM));
        }
        long failures = Math.max(status.hookFailures(), counts.failedDeliveries());
        runs.add(failures > 0 ? Run.of(" · hooks " + failures + " failed", Style.ERROR)
                : Run.of(" · hooks ok", Style.DIM));
        if (status.pendingDeliveries() > 0) {
            runs.add(Run.of(" (" + status.pendingDeliveries() + " owed)", Style.DIM));
        }
        runs.add(Run.of(String.format(" · %,d articles · %,d statements", counts.articles(),
                counts.statements()), Style.DIM));
        String error = status.lastError();
        if (status.failing() > 0 && error != null) {
            runs.add(Run.of(" · " + error, Style.ERROR));
        }
        return runs;
    }
}
