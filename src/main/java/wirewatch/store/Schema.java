package wirewatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite schema as a list of migrations. {@code PRAGMA user_version} records how many have run; opening a
 * store runs the rest in one transaction. Append new migrations; never edit a released one.
 */
final class Schema {
    static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE feed_state (
                feed TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, next_poll INTEGER, last_polled INTEGER,
                failures INTEGER NOT NULL DEFAULT 0, last_error TEXT);
            CREATE TABLE article (
                id TEXT PRIMARY KEY, feed TEXT NOT NULL, guid TEXT NOT NULL, url TEXT NOT NULL,
                canonical_url TEXT, title TEXT NOT NULL, body TEXT NOT NULL, published INTEGER,
                authors TEXT NOT NULL DEFAULT '', first_seen INTEGER NOT NULL, sort_time INTEGER NOT NULL,
                content_hash TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
                refetch_at INTEGER, refetch_step INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX article_canonical ON article(canonical_url);
            CREATE INDEX article_sort ON article(sort_time DESC);
            CREATE INDEX article_refetch ON article(refetch_at) WHERE refetch_at IS NOT NULL;
            CREATE TABLE watch_match (
                watch TEXT NOT NULL, article_id TEXT NOT NULL, time INTEGER NOT NULL, snippet TEXT NOT NULL,
                terms TEXT NOT NULL, marks TEXT NOT NULL, also TEXT NOT NULL,
                seen INTEGER NOT NULL DEFAULT 0, revised INTEGER NOT NULL DEFAULT 0,
                new_statements INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (watch, article_id));
            CREATE INDEX watch_match_time ON watch_match(watch, time DESC);
            CREATE INDEX watch_match_article ON watch_match(article_id);
            CREATE TABLE statement (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT NOT NULL, quote TEXT NOT NULL,
                kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, grp TEXT NOT NULL,
                change TEXT NOT NULL, time INTEGER NOT NULL);
            CREATE INDEX statement_speaker ON statement(speaker, time DESC);
            CREATE INDEX statement_article ON statement(article_id, start);
            CREATE INDEX statement_time ON statement(time DESC);
            CREATE TABLE revision (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, time INTEGER NOT NULL, changes TEXT NOT NULL);
            CREATE INDEX revision_article ON revision(article_id, time DESC);
            CREATE TABLE alias (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL);
            CREATE TABLE event (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, watch TEXT,
                time INTEGER NOT NULL, json TEXT NOT NULL);
            CREATE TABLE delivery (
                hook TEXT NOT NULL, seq INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0, next_attempt INTEGER NOT NULL DEFAULT 0, last_error TEXT,
                PRIMARY KEY (hook, seq));
            CREATE INDEX delivery_due ON delivery(status, hook, seq);
            """,
            // Paging a watch's matches by OFFSET walks this index alone, without touching the table or articles.
            """
            CREATE INDEX watch_match_page ON watch_match(watch, time DESC, article_id);
            """,
            // Two variant groups found to be one remark are merged by renaming one; this finds its statements.
            """
            CREATE INDEX statement_group ON statement(grp);
            """,
            // A statement an edit took out of its article stays, for its timeline and its group, marked with when.
            """
            ALTER TABLE statement ADD COLUMN removed INTEGER;
            """,
            // A speaker the article does not name is NULL, not the placeholder word earlier versions stored. SQLite
            // cannot drop NOT NULL from a column, so the table is rebuilt (ids and removal marks kept) with its
            // indexes.
            """
            CREATE TABLE statement_next (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT, quote TEXT NOT NULL,
                kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, grp TEXT NOT NULL,
                change TEXT NOT NULL, time INTEGER NOT NULL, removed INTEGER);
            INSERT INTO statement_next (id, article_id, speaker, quote, kind, start, end, grp, change, time, removed)
                SELECT id, article_id, NULLIF(speaker, 'unknown'), quote, kind, start, end, grp, change, time, removed
                FROM statement;
            DROP TABLE statement;
            ALTER TABLE statement_next RENAME TO statement;
            CREATE INDEX statement_speaker ON statement(speaker, time DESC);
            CREATE INDEX statement_article ON statement(article_id, start);
            CREATE INDEX statement_time ON statement(time DESC);
            CREATE INDEX statement_group ON statement(grp);
            """,
            // Seen belongs to the article, not to each watch that matched it: an article read under one watch is
            // read under all. Every row of an article carries the same flag, kept so by each write, so that counting
            // a watch's unseen matches stays a scan of this table alone. What was seen under any watch stays seen.
            """
            UPDATE watch_match SET seen = 1 WHERE seen = 0
                AND article_id IN (SELECT article_id FROM watch_match WHERE seen = 1);
            """,
            // What the feeds view shows of each feed: its last HTTP status, its items, and its share of 304s.
            """
            ALTER TABLE feed_state ADD COLUMN last_status INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE feed_state ADD COLUMN items INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE feed_state ADD COLUMN polls INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE feed_state ADD COLUMN not_modified INTEGER NOT NULL DEFAULT 0;
            """,
            // Several pollers share a PostgreSQL store: each feed and each hook's lane is leased to one poller at a
            // time (kind 'feed' or 'hook'), and every poller keeps a heartbeat row. Times are the database's epoch
            // milliseconds, so pollers on machines whose clocks differ agree on when a lease runs out. A SQLite
            // store has one poller and leaves both tables empty; it keeps them to follow one migration history.
            """
            CREATE TABLE lease (
                kind TEXT NOT NULL, name TEXT NOT NULL, owner TEXT, expires INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (kind, name));
            CREATE INDEX lease_owner ON lease(owner);
            CREATE TABLE poller (
                id TEXT PRIMARY KEY, started INTEGER NOT NULL, heartbeat INTEGER NOT NULL);
            """);

    private Schema() {
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Runs the migrations past the file's version and marks the file as a wirewatch store, in one transaction. The
     * caller has checked the file with {@link StoreIdentity#check} first.
     */
    static void migrate(Connection connection) throws SQLException {
        int current = version(connection);
        if (current == MIGRATIONS.size() && StoreIdentity.isMarked(connection)) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int i = current; i < MIGRATIONS.size(); i++) {
                for (String sql : MIGRATIONS.get(i).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = " + MIGRATIONS.size());
            statement.execute("PRAGMA application_id = " + StoreIdentity.APPLICATION_ID);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
