package wirewatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.function.Consumer;

/** The archive in SQL. */
final class SqlArchive implements Archive {
    private final Database db;
    private final Dialect dialect;

    SqlArchive(Database db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public void forEachArticle(Instant since, Consumer<StoredArticle> sink) {
        db.read("reading the archive", c -> {
            boolean transaction = dialect.pagesOnlyInTransaction();
            if (transaction) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement query = Sql.prepare(c, "SELECT " + Rows.ARTICLE_COLUMNS
                    + " FROM article WHERE sort_time >= ? ORDER BY sort_time DESC", since)) {
                // Streamed in pages, so an archive of any size is read in bounded memory.
                query.setFetchSize(500);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(Rows.article(rows));
                    }
                }
            } finally {
                if (transaction) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    @Override
    public ArchiveCounts counts() {
        return db.read("counting", c -> Sql.first(c, "SELECT (SELECT count(*) FROM article), "
                        + "(SELECT count(*) FROM watch_match), (SELECT count(*) FROM statement), "
                        + "(SELECT count(*) FROM delivery WHERE status = 'failed')",
                rows -> new ArchiveCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)))
                .orElseThrow());
    }
}
