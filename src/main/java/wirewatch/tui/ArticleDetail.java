package wirewatch.tui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import wirewatch.event.RevisionEvent;
import wirewatch.store.MatchRow;
import wirewatch.store.StoredStatement;

/**
 * Everything the article pane shows about one match, read from the store in one go: the match, the article's
 * text (only when expanded), its statements with their variants and the speaker's timeline, and its revisions,
 * newest first.
 */
record ArticleDetail(MatchRow match, @Nullable String body, List<Said> statements,
                     List<List<RevisionEvent.Change>> revisions) {
    ArticleDetail {
        statements = List.copyOf(statements);
        revisions = List.copyOf(revisions);
    }

    /**
     * One statement of the article; the renderings of its remark, oldest first, the remark's first rendering first
     * and this statement among them (none when no other article rendered the remark); and the speaker's positions,
     * newest first (one statement per remark).
     */
    record Said(StoredStatement statement, List<StoredStatement> renderings, List<StoredStatement> timeline) {
        Said {
            renderings = List.copyOf(renderings);
            timeline = List.copyOf(timeline);
        }
    }
}
