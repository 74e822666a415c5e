package wirewatch.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.event.Mark;

/**
 * One match as the dashboard lists it: the article's headline facts, the snippet, and the markers a reader scans
 * for (unseen, revised since first seen, carries statements new to the story).
 */
public record MatchRow(String watch, String articleId, String feed, String title, String url,
                       @Nullable Instant published, Instant time, String snippet, List<Mark> marks,
                       List<String> also, boolean seen, boolean revised, boolean newStatements) {
    public MatchRow {
        marks = List.copyOf(marks);
        also = List.copyOf(also);
    }

    public MatchRow withSeen(boolean isSeen) {
        return new MatchRow(watch, articleId, feed, title, url, published, time, snippet, marks, also, isSeen, revised,
                newStatements);
    }
}
