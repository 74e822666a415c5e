package wirewatch.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Seen marks in SQL: a flag on every match row of an article, kept in step, so counting unseen reads one table. */
final class SqlSeenMarks implements SeenMarks {
    /** Article ids bound in one IN list; far below both databases' limits on parameters. */
    private static final int CHUNK = 500;
    private final Database db;
    private final Dialect dialect;

    SqlSeenMarks(Database db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public Set<String> seenAmong(Collection<String> articleIds) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(articleIds);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            found.addAll(db.read("reading what is seen", c -> Sql.list(c,
                    "SELECT DISTINCT article_id FROM watch_match WHERE seen = 1 AND article_id IN (" + marks + ")",
                    rows -> rows.getString(1), chunk.toArray())));
        }
        return found;
    }

    @Override
    public boolean markSeen(String articleId, boolean seen) {
        return db.write("marking an article " + (seen ? "seen" : "unseen"), c -> Sql.update(c,
                "UPDATE watch_match SET seen = ? WHERE article_id = ?", seen ? 1 : 0, articleId) > 0);
    }

    @Override
    public int markWatchSeen(String watch) {
        return db.write("marking a watch seen", c -> {
            int unseen = Sql.first(c, "SELECT count(*) FROM watch_match WHERE watch = ? AND seen = 0",
                    rows -> rows.getInt(1), watch).orElse(0);
            Sql.update(c, "UPDATE watch_match SET seen = 1 WHERE seen = 0 "
                    + "AND article_id IN (SELECT article_id FROM watch_match WHERE watch = ?)", watch);
            return unseen;
        });
    }

    @Override
    public OptionalInt unseenMatch(String watch, @Nullable String filter, int from, boolean forward) {
        String sql = "SELECT pos FROM (SELECT row_number() OVER (ORDER BY m.time DESC, m.article_id) - 1 AS pos, "
                + "m.seen AS seen FROM watch_match m"
                + (filter == null ? " WHERE m.watch = ?"
                        : " JOIN article a ON a.id = m.article_id WHERE m.watch = ?" + SqlReadModel.titleOrFeed(dialect))
                + ") ranked WHERE seen = 0 AND "
                + (forward ? "pos >= ? ORDER BY pos" : "pos <= ? ORDER BY pos DESC") + " LIMIT 1";
        List<Object> args = new ArrayList<>(List.of(watch));
        if (filter != null) {
            args.add(SqlReadModel.like(filter));
            args.add(SqlReadModel.like(filter));
        }
        args.add(from);
        return db.read("finding an unseen match", c -> Sql.first(c, sql, rows -> rows.getInt(1), args.toArray()))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
