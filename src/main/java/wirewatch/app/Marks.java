package wirewatch.app;

import java.util.List;
import wirewatch.event.Mark;
import wirewatch.match.Match;

/** A match's term spans as the event's {@code marks}. */
final class Marks {
    private Marks() {
    }

    static List<Mark> of(Match match) {
        return match.marks().stream().map(span -> new Mark(span.start(), span.end())).toList();
    }
}
