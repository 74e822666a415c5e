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
     * One statement of the article, the other outlets' renderings of the same remark, and the speaker's
     * positions in this watch, newest first (one statement per remark).
     */
    record Said(StoredStatement statement, List<StoredStatement> variants, List<StoredStatement> timeline) {
        Said {
            variants = List.copyOf(variants);
            timeline = List.copyOf(timeline);
        }
    }
}
