package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.feed.Article;
import wirewatch.statement.Grouped;
import wirewatch.statement.Statement;
import wirewatch.store.Batch;
import wirewatch.store.SqliteStore;

/** {@code wirewatch statements --speaker S} finds a speaker by any name a reader would type. */
class StatementsCommandTest {
    private static final Instant T0 = Instant.parse("2025-03-14T09:30:00Z");

    @TempDir
    Path dir;

    private Path db;
    private Path config;

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("w.db");
        config = Files.writeString(dir.resolve("feeds.yml"), "feeds: []\npeople:\n"
                + "  Dmitry Peskov: [the Kremlin spokesman]\n");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.commit(new Batch()
                    .article(article("a1", "Kremlin to study truce plan"))
                    .article(article("a2", "Madrid backs talks"))
                    .article(article("a3", "Putin sets terms"))
                    .statement(said("a1", "Dmitry Peskov", "We need to study the proposal carefully", T0))
                    .statement(said("a2", "José Manuel Albares", "Spain will support any serious negotiation",
                            T0.plusSeconds(60)))
                    .statement(said("a3", "Vladimir Putin", "The idea is right and we support it",
                            T0.plusSeconds(120)))
                    .alias("russian leader", "Vladimir Putin"));
        }
    }

    private static Batch.ArticleWrite article(String id, String title) {
        Article article = new Article(id, "kyiv-desk", "guid-" + id, "http://127.0.0.1:9/" + id, title,
                "Officials spoke to reporters on Friday.", T0, List.of());
        return new Batch.ArticleWrite(article, "hash-" + id, null, T0, null, false);
    }

    private static Batch.StatementWrite said(String article, String speaker, String quote, Instant time) {
        return new Batch.StatementWrite(article, speaker, quote, Statement.Kind.DIRECT, 0, quote.length(),
                "g-" + article, Grouped.Change.NEW, time);
    }

    private String statementsBy(String speaker) {
        StringWriter out = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("statements", "--speaker", speaker, "--config", config.toString(), "--db", db.toString());
        assertEquals(0, code);
        return out.toString();
    }

    @Test
    void surnameFindsTheFullName() {
        String out = statementsBy("Peskov");
        assertTrue(out.contains("We need to study the proposal carefully"), out);
        assertFalse(out.contains("Spain will support"), out);
    }

    @Test
    void nameIsMatchedWhateverItsCase() {
        assertTrue(statementsBy("dmitry PESKOV").contains("study the proposal"));
        assertTrue(statementsBy("peskov").contains("study the proposal"));
    }

    @Test
    void aliasPinnedInTheConfigFindsItsPerson() {
        String out = statementsBy("the Kremlin spokesman");
        assertTrue(out.contains("study the proposal"), out);
        assertEquals(1, out.lines().count(), out);
    }

    @Test
    void learnedAliasFindsItsPerson() {
        String out = statementsBy("the Russian leader");
        assertTrue(out.contains("The idea is right"), out);
        assertEquals(1, out.lines().count(), out);
    }

    @Test
    void accentsAreFoldedBothWays() {
        assertTrue(statementsBy("Jose Manuel Albares").contains("Spain will support"));
        assertTrue(statementsBy("albares").contains("Spain will support"));
    }

    @Test
    void unknownNameFindsNothing() {
        assertEquals("", statementsBy("Lavrov"));
    }

    @Test
    void firstNameAloneIsNotASurname() {
        assertEquals("", statementsBy("Dmitry"));
    }
}
