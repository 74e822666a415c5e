package wirewatch.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import wirewatch.event.Event;
import wirewatch.event.FeedErrorEvent;
import wirewatch.event.MatchEvent;
import wirewatch.event.RevisionEvent;
import wirewatch.event.StatementEvent;
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;

/**
 * One event as a human-readable line for {@code tail} without {@code --json}. Feed text is put on one line, and the
 * whole line, watch and feed names included, goes through {@link TerminalText#strip}: no escape sequence, control
 * or bidirectional character reaches the terminal.
 */
final class EventLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private EventLine() {
    }

    static String of(Event event) {
        String time = TIME.format(event.time());
        String line;
        if (event instanceof MatchEvent m) {
            line = "match      [" + m.watch() + "] " + m.article().feed() + ": " + clean(m.article().title())
                    + (m.also().isEmpty() ? "" : " (+" + m.also().size() + " outlets)") + "  "
                    + clean(m.article().url());
        } else if (event instanceof StatementEvent s) {
            line = "statement  [" + s.watch() + "] " + s.change().json() + " " + clean(SpeakerText.of(s.speaker()))
                    + ": \u201C" + clean(s.quote()) + "\u201D (" + s.article().feed() + ")";
        } else if (event instanceof RevisionEvent r) {
            line = "revision   [" + r.watch() + "] " + r.article().feed() + ": " + clean(r.article().title()) + " — "
                    + r.changes().size() + " change(s)";
        } else if (event instanceof FeedErrorEvent f) {
            line = "feed_error " + f.feed() + ": " + clean(f.error());
        } else {
            line = event.type() + " " + event.id();
        }
        return TerminalText.strip(time + " " + line);
    }

    /** Feed text on one line, without control characters or escape sequences. */
    private static String clean(String text) {
        return TextCleaner.line(text);
    }
}
