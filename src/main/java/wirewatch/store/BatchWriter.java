package wirewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wirewatch.event.Event;
import wirewatch.event.EventJson;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;

/** Writes one {@link Batch} inside the caller's transaction, with one prepared statement per kind of row. */
final class BatchWriter {
    private final Connection connection;
    private final Dialect dialect;

    BatchWriter(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    List<Store.Committed> write(Batch batch) throws SQLException {
        writeArticles(batch.articles());
        writeMatches(batch.matches());
        writeAlso(batch.also());
        writeStatements(batch.statements());
        writeRegroups(batch.regroups());
        writeAttributions(batch.attributions());
        writeMoves(batch.moves());
        writeRemovals(batch.removals());
        writeRevisions(batch.revisions());
        writeAliases(batch.aliases());
        writeFeedStates(batch.feedStates());
        return writeEvents(batch.events());
    }

    private void writeArticles(List<Batch.ArticleWrite> writes) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO article (id, feed, guid, url, canonical_url, title, body, published, authors, "
                        + "first_seen, sort_time, content_hash, refetch_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE article SET title = ?, body = ?, url = ?, published = coalesce(?, published), "
                             + "authors = ?, content_hash = ?, version = version + 1 WHERE id = ?")) {
            for (Batch.ArticleWrite write : writes) {
                Article a = write.article();
                if (write.revised()) {
                    update.setString(1, a.title());
                    update.setString(2, a.body());
                    update.setString(3, a.url());
                    Sql.setInstant(update, 4, a.published());
                    update.setString(5, String.join("\n", a.authors()));
                    update.setString(6, write.contentHash());
                    update.setString(7, a.id());
                    update.addBatch();
                } else {
                    insert.setString(1, a.id());
                    insert.setString(2, a.feed());
                    insert.setString(3, a.guid());
                    insert.setString(4, a.url());
                    insert.setString(5, write.canonicalUrl());
                    insert.setString(6, a.title());
                    insert.setString(7, a.body());
                    Sql.setInstant(insert, 8, a.published());
                    insert.setString(9, String.join("\n", a.authors()));
                    long seen = write.seen().toEpochMilli();
                    insert.setLong(10, seen);
                    insert.setLong(11, a.published() != null ? a.published().toEpochMilli() : seen);
                    insert.setString(12, write.contentHash());
                    Sql.setInstant(insert, 13, write.refetchAt());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
    }

    private void writeMatches(List<Batch.MatchWrite> writes) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                // Seen is per article: a new watch's match of an article read under another is read too.
                "INSERT INTO watch_match (watch, article_id, time, snippet, terms, marks, also, seen) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, "
                        + "COALESCE((SELECT max(seen) FROM watch_match WHERE article_id = ?), 0)) "
                        + "ON CONFLICT(watch, article_id) DO NOTHING")) {
            for (Batch.MatchWrite write : writes) {
                insert.setString(1, write.watch());
                insert.setString(2, write.articleId());
                insert.setLong(3, write.time().toEpochMilli());
                insert.setString(4, write.snippet());
                insert.setString(5, EventJson.write(write.terms()));
                insert.setString(6, EventJson.write(write.marks()));
                insert.setString(7, EventJson.write(write.also()));
                insert.setString(8, write.articleId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeAlso(List<Batch.AlsoWrite> writes) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(dialect.addAlso())) {
            for (Batch.AlsoWrite write : writes) {
                update.setString(1, write.feed());
                update.setString(2, write.watch());
                update.setString(3, write.articleId());
                update.setString(4, write.feed());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void writeStatements(List<Batch.StatementWrite> writes) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO statement (article_id, speaker, quote, kind, start, \"end\", grp, change, time) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement flag = connection.prepareStatement(
                     "UPDATE watch_match SET new_statements = 1 WHERE article_id = ?")) {
            for (Batch.StatementWrite write : writes) {
                insert.setString(1, write.articleId());
                insert.setString(2, write.speaker());
                insert.setString(3, write.quote());
                insert.setString(4, write.kind().json());
                insert.setInt(5, write.start());
                insert.setInt(6, write.end());
                insert.setString(7, write.group());
                insert.setString(8, write.change().json());
                insert.setLong(9, write.time().toEpochMilli());
                insert.addBatch();
                if (write.change() == Grouped.Change.NEW) {
                    flag.setString(1, write.articleId());
                    flag.addBatch();
                }
            }
            insert.executeBatch();
            flag.executeBatch();
        }
    }

    private void writeRegroups(List<Batch.Regroup> regroups) throws SQLException {
        if (regroups.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE statement SET grp = ? WHERE grp = ?")) {
            for (Batch.Regroup regroup : regroups) {
                update.setString(1, regroup.into());
                update.setString(2, regroup.from());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** After the batch's statements and regroups, so the group's newest renderings take the speaker too. */
    private void writeAttributions(List<Batch.Attribution> attributions) throws SQLException {
        if (attributions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE statement SET speaker = ? WHERE grp = ? AND speaker IS NULL")) {
            for (Batch.Attribution attribution : attributions) {
                update.setString(1, attribution.speaker());
                update.setString(2, attribution.group());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** After the attributions, which name the renderings of a group as it was when they were placed. */
    private void writeMoves(List<Batch.Move> moves) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE statement SET grp = ? WHERE article_id = ? AND quote = ? AND kind = ?")) {
            for (Batch.Move move : moves) {
                update.setString(1, move.group());
                update.setString(2, move.articleId());
                update.setString(3, move.quote());
                update.setString(4, move.kind().json());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void writeRemovals(List<Batch.Removal> removals) throws SQLException {
        if (removals.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE statement SET removed = ? WHERE id = ?")) {
            for (Batch.Removal removal : removals) {
                Sql.setInstant(update, 1, removal.at());
                update.setLong(2, removal.statementId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void writeRevisions(List<Batch.RevisionWrite> writes) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision (article_id, time, changes) VALUES (?, ?, ?)");
             PreparedStatement flag = connection.prepareStatement(
                     "UPDATE watch_match SET revised = 1, seen = 0 WHERE article_id = ?")) {
            for (Batch.RevisionWrite write : writes) {
                insert.setString(1, write.articleId());
                insert.setLong(2, write.time().toEpochMilli());
                insert.setString(3, EventJson.write(write.changes()));
                insert.addBatch();
                flag.setString(1, write.articleId());
                flag.addBatch();
            }
            insert.executeBatch();
            flag.executeBatch();
        }
    }

    private void writeAliases(Map<String, String> aliases) throws SQLException {
        if (aliases.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO alias (alias, canonical) VALUES (?, ?) "
                        + "ON CONFLICT(alias) DO UPDATE SET canonical = excluded.canonical")) {
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                upsert.setString(1, alias.getKey());
                upsert.setString(2, alias.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private void writeFeedStates(List<FeedState> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO feed_state (feed, etag, last_modified, next_poll, last_polled, failures, last_error, "
                        + "last_status, items, polls, not_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(feed) DO UPDATE SET etag = excluded.etag, "
                        + "last_modified = excluded.last_modified, next_poll = excluded.next_poll, "
                        + "last_polled = excluded.last_polled, failures = excluded.failures, "
                        + "last_error = excluded.last_error, last_status = excluded.last_status, "
                        + "items = excluded.items, polls = excluded.polls, not_modified = excluded.not_modified")) {
            for (FeedState state : states) {
                upsert.setString(1, state.feed());
                upsert.setString(2, state.etag());
                upsert.setString(3, state.lastModified());
                Sql.setInstant(upsert, 4, state.nextPoll());
                Sql.setInstant(upsert, 5, state.lastPolled());
                upsert.setInt(6, state.failures());
                upsert.setString(7, state.lastError());
                upsert.setInt(8, state.lastStatus());
                upsert.setInt(9, state.items());
                upsert.setLong(10, state.polls());
                upsert.setLong(11, state.notModified());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Events whose id is already in the outbox were reported before: they are skipped, never sent twice. */
    private List<Store.Committed> writeEvents(List<Batch.EventWrite> writes) throws SQLException {
        List<Store.Committed> committed = new ArrayList<>();
        if (writes.isEmpty()) {
            return committed;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (id, type, watch, time, json) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT(id) DO NOTHING RETURNING seq");
             PreparedStatement owe = connection.prepareStatement(
                     "INSERT INTO delivery (hook, seq) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (Batch.EventWrite write : writes) {
                Event event = write.event();
                insert.setString(1, event.id());
                insert.setString(2, event.type());
                insert.setString(3, event.watchName());
                insert.setLong(4, event.time().toEpochMilli());
                insert.setString(5, write.json());
                try (ResultSet rows = insert.executeQuery()) {
                    if (!rows.next()) {
                        continue;
                    }
                    long seq = rows.getLong(1);
                    committed.add(new Store.Committed(seq, event));
                    for (String hook : write.hooks()) {
                        owe.setString(1, hook);
                        owe.setLong(2, seq);
                        owe.addBatch();
                    }
                }
            }
            owe.executeBatch();
        }
        return committed;
    }
}
