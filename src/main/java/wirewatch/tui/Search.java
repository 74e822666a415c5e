package wirewatch.tui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import wirewatch.app.ArchiveSearch;
import wirewatch.app.Rules;
import wirewatch.config.ConfigException;
import wirewatch.config.WatchSpec;
import wirewatch.event.MatchEvent;
import wirewatch.event.Outlet;
import wirewatch.store.MatchRow;
import wirewatch.store.Store;

/**
 * A rule typed into the dashboard ({@code S}), run over the whole archive as {@code wirewatch backtest} runs one,
 * its matches as rows of the match list. At most {@link #MAX_RESULTS} are kept, the newest, so that memory stays
 * bounded however much the rule finds.
 */
final class Search {
    static final int MAX_RESULTS = 1000;
    /** The watch name the results carry: what the rule is, when it is no watch. */
    static final String NAME = "search";

    private Search() {
    }

    /**
     * The rule's matches, newest first, at most {@link #MAX_RESULTS} plus one (so the caller can tell that there are
     * more). A rule that does not parse throws with the parser's message.
     */
    static List<MatchRow> run(String rule, Store store, Clock clock) throws ConfigException, InterruptedException {
        List<MatchEvent> found = ArchiveSearch.run(Rules.compile(WatchSpec.query(NAME, rule)), store, Instant.EPOCH,
                clock, MAX_RESULTS + 1);
        Set<String> seen = store.seenAmong(found.stream().map(m -> m.article().id()).toList());
        return found.stream().map(m -> row(m, seen.contains(m.article().id()))).toList();
    }

    private static MatchRow row(MatchEvent match, boolean seen) {
        Instant published = match.article().published();
        return new MatchRow(NAME, match.article().id(), match.article().feed(), match.article().title(),
                match.article().url(), published, published != null ? published : match.time(), match.snippet(),
                match.marks(), match.also().stream().map(Outlet::feed).toList(), seen, false, false);
    }
}
