package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.store.SqliteStore;

/** The command line as a user meets it: help, exit codes, and one-line messages for bad input. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("feeds.yml"), yaml);
    }

    @Test
    void helpExitsZeroAndListsTheCommands() {
        assertEquals(0, run("--help"));
        for (String command : new String[] {"tail", "check", "backtest", "statements", "extract", "store", "demo",
                "hooks", "bench", "init", "opml"}) {
            assertTrue(out.toString().contains(command), "help lacks " + command + ": " + out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"tail", "check", "backtest", "statements", "extract", "store", "demo",
                "hooks", "bench", "init", "opml"}) {
            assertEquals(0, run(command, "--help"), command);
        }
        assertEquals(0, run("store", "check", "--help"));
        assertEquals(0, run("store", "recover", "--help"));
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertEquals(2, run("tail", "--onse"));
    }

    @Test
    void misspeltCommandSuggestsTheNearestOne() {
        assertEquals(2, run("tial"));
        assertEquals("wirewatch: 'tial' is not a wirewatch command; did you mean tail?\n"
                + "'wirewatch --help' shows the usage\n", err.toString());
    }

    @Test
    void misspeltOptionSuggestsTheNearestOne() {
        assertEquals(2, run("tail", "--onse"));
        assertTrue(err.toString().startsWith("wirewatch: Unknown option: '--onse'; did you mean --once?\n"),
                err.toString());
    }

    @Test
    void helpCommandShowsTheUsageOfTheCommandNamed() {
        assertEquals(0, run("help", "tail"));
        assertTrue(out.toString().startsWith("Usage: wirewatch tail"), out.toString());
        assertEquals(2, run("help", "tial"));
    }

    @Test
    void checkAcceptsAGoodConfigAndShowsCompiledQueries() throws Exception {
        Path file = config("feeds:\n  - name: kyiv-wire\n    url: http://127.0.0.1:9/rss\nwatches:\n"
                + "  - name: truce\n    all: [ceasefire, Kremlin]\n    none: [football]\n");
        assertEquals(0, run("check", "--config", file.toString(), "--db", dir.resolve("w.db").toString()));
        assertTrue(out.toString().contains("truce"), out.toString());
        assertTrue(out.toString().contains("kyiv-wire"), out.toString());
    }

    @Test
    void checkAlignsFeedColumnsToTheLongestName() throws Exception {
        Path file = config("feeds:\n  - name: a\n    url: http://127.0.0.1:9/a\n"
                + "  - name: example-com-website-atom-feed\n    url: http://127.0.0.1:9/b\n    every: 1h30m\n"
                + "  - name: " + "x".repeat(60) + "\n    url: http://127.0.0.1:9/c\n");
        assertEquals(0, run("check", "--config", file.toString(), "--db", dir.resolve("w.db").toString()));
        var rows = out.toString().lines().filter(l -> l.contains("127.0.0.1:9/")).toList();
        String a = "a" + " ".repeat(31);
        assertEquals("  " + a + "  every 2m     fulltext auto    http://127.0.0.1:9/a", rows.get(0));
        assertEquals("  example-com-website-atom-feed     every 1h30m  fulltext auto    http://127.0.0.1:9/b",
                rows.get(1));
        assertEquals("  " + "x".repeat(60) + "  every 2m     fulltext auto    http://127.0.0.1:9/c", rows.get(2));
    }

    @Test
    void badConfigExitsTwoNamingTheLine() throws Exception {
        Path file = config("feeds:\n  - name: a\n    url: http://127.0.0.1:9/x\n    evry: 5m\n");
        assertEquals(2, run("check", "--config", file.toString()));
        assertTrue(err.toString().contains(":4:5:"), err.toString());
        assertTrue(err.toString().contains("did you mean 'every'"), err.toString());
    }

    @Test
    void badQueryExitsTwoNamingTheWatch() throws Exception {
        Path file = config("feeds: []\nwatches:\n  - name: broken\n    query: 'ceasefire AND ('\n");
        assertEquals(2, run("--config", file.toString(), "check"));
        assertTrue(err.toString().contains("broken"), err.toString());
        assertTrue(err.toString().contains(":4:"), err.toString());
    }

    @Test
    void backtestOfAnUnknownFieldIsBadUsageListingTheFields() {
        assertEquals(2, run("backtest", "titel:ceasefire", "--db", dir.resolve("none.db").toString()));
        assertEquals("wirewatch: cannot parse query 'titel:ceasefire' at column 1: unknown field 'titel' (did you "
                + "mean 'title'?); the fields are title, body, feed, author, and a word with ':' in it goes in "
                + "quotes; fix the rule (see 'Watch rules' in the README)\n", err.toString());
    }

    @Test
    void watchWithAnUnknownFieldIsABadConfigAtItsLine() throws Exception {
        Path file = config("feeds: []\nwatches:\n  - name: truce\n    query: 'ceasefire AND titel:Kremlin'\n");
        assertEquals(2, run("check", "--config", file.toString()));
        assertTrue(err.toString().startsWith("wirewatch: " + file + ":4:12: watch 'truce': cannot parse query "
                + "'ceasefire AND titel:Kremlin' at column 15: unknown field 'titel' (did you mean 'title'?)"),
                err.toString());
    }

    @Test
    void optionsWorkBeforeAndAfterTheCommand() throws Exception {
        Path file = config("feeds: []\n");
        assertEquals(0, run("--config", file.toString(), "check"));
        assertEquals(0, run("check", "--config", file.toString()));
    }

    @Test
    void lockedStoreIsARuntimeFailureWithAClearMessage() throws Exception {
        Path file = config("feeds: []\n");
        Path db = dir.resolve("w.db");
        try (SqliteStore holder = SqliteStore.open(db)) {
            assertEquals(1, run("tail", "--once", "--config", file.toString(), "--db", db.toString()));
            assertTrue(err.toString().contains("locked by another wirewatch"), err.toString());
        }
    }

    @Test
    void tailTellsOnStderrWhenWritingStopsAndWhenItResumes() {
        PrintWriter printer = new PrintWriter(err, true);
        Path db = dir.resolve("w.db");
        var notices = TailCommand.notices(printer, db.toString());
        notices.stopped(new wirewatch.store.StoreException(db + ": disk full while saving a batch; free some space "
                + "(nothing was lost)"));
        notices.resumed();
        assertEquals("wirewatch: writing to the store stopped: " + db + ": disk full while saving a batch; free some "
                + "space (nothing was lost); polling goes on and what was not stored is fetched again\n"
                + "wirewatch: writing to " + db + " resumed\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void tailOnceWithNoFeedsExitsZero() throws Exception {
        Path file = config("feeds: []\n");
        assertEquals(0, run("tail", "--once", "--json", "--config", file.toString(), "--db",
                dir.resolve("w.db").toString()));
        assertEquals("", out.toString());
    }

    @Test
    void folderGivenAsTheStoreIsNamedAsAFolder() throws Exception {
        Path file = config("feeds: []\n");
        for (String command : new String[] {"tail", "statements"}) {
            err.getBuffer().setLength(0);
            assertEquals(1, run(command, "--config", file.toString(), "--db", dir.toString()), command);
            assertTrue(err.toString().contains(dir + " is a folder, not a store file; pass --db "
                    + dir.resolve("wirewatch.db")), err.toString());
        }
    }

    @Test
    void extractDashReadsTheArticleFromStandardInput() throws Exception {
        String article = "President Tomas Reyk spoke on Sunday. \u201CWe will accept no truce while troops stay "
                + "on the east bank,\u201D Reyk said.\n";
        Path file = Files.writeString(dir.resolve("reyk.txt"), article);
        Path none = dir.resolve("none.yml");
        assertEquals(0, run("extract", file.toString(), "--config", none.toString()));
        String fromFile = out.toString();
        assertTrue(fromFile.contains("We will accept no truce"), fromFile);
        out.getBuffer().setLength(0);
        var stdin = new java.io.ByteArrayInputStream(article.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, Cli.commandLine(stdin, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("extract", "-", "--config", none.toString()));
        assertEquals(fromFile.replace(file.toString(), "-"), out.toString());
    }

    @Test
    void extractDashReadsAPageFromStandardInput() {
        String page = "<html><body><article><p>President Tomas Reyk spoke on Sunday. \u201CWe will accept no "
                + "truce while troops stay on the east bank,\u201D Reyk said.</p></article></body></html>";
        var stdin = new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, Cli.commandLine(stdin, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("extract", "-", "--config", dir.resolve("none.yml").toString()));
        assertTrue(out.toString().startsWith("-:"), out.toString());
        assertFalse(out.toString().contains("<p>"), out.toString());
    }

    @Test
    void extractOfAFolderSaysItIsAFolder() {
        assertEquals(2, run("extract", dir.toString()));
        assertTrue(err.toString().contains(dir + " is a folder; give the article files in it"), err.toString());
    }

    @Test
    void helpPointsAtTheReadmeNotAtTheDesign() {
        for (String command : new String[] {"tail", "backtest", "statements", "demo"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().replaceAll("\\s+", " ").contains("'Events' in the README"), command + ": " + out);
            assertFalse(out.toString().contains("DESIGN"), command + ": " + out);
        }
    }

    @Test
    void statementsWithoutAStoreSaysHowToMakeOne() throws Exception {
        Path file = config("feeds: []\n");
        assertEquals(1, run("statements", "--config", file.toString(), "--db", dir.resolve("none.db").toString()));
        assertTrue(err.toString().contains("does not exist yet"), err.toString());
    }

    @Test
    void backtestRejectsABadSince() throws Exception {
        Path file = config("feeds: []\n");
        assertEquals(2, run("backtest", "ceasefire", "--since", "7 weeks", "--config", file.toString(), "--db",
                dir.resolve("w.db").toString()));
    }

    @Test
    void demoOnceReplaysTheStoryHeadlessAsJsonLines() {
        assertEquals(0, run("demo", "--once", "--json"));
        String[] lines = out.toString().split("\n");
        assertTrue(lines.length > 20, out.toString());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"id\":\""), line);
        }
        assertTrue(out.toString().contains("\"type\":\"match\""), out.toString());
        assertTrue(out.toString().contains("\"type\":\"statement\""), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void demoJsonWithoutOnceIsBadUsage() {
        assertEquals(2, run("demo", "--json"));
        assertEquals("wirewatch: --json goes with --once: the dashboard shows events on screen\n", err.toString());
    }

    private static final String DEEP = "(".repeat(3000) + "ceasefire" + ")".repeat(3000);

    @Test
    void checkReportsDeeplyNestedQueryAtItsLine() throws Exception {
        Path file = config("feeds: []\nwatches:\n  - name: deep\n    query: '" + DEEP + "'\n");
        assertEquals(2, run("check", "--config", file.toString(), "--db", dir.resolve("w.db").toString()));
        String message = err.toString();
        assertTrue(message.startsWith("wirewatch: " + file + ":4:12: watch 'deep': cannot parse query '…"), message);
        assertTrue(message.contains("at column 101: parentheses nest more than 100 deep"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void backtestReportsDeeplyNestedQueryBeforeOpeningTheStore() throws Exception {
        Path file = config("feeds: []\nwatches:\n  - name: deep\n    query: '" + DEEP + "'\n");
        String db = dir.resolve("none.db").toString();
        assertEquals(2, run("backtest", DEEP, "--config", file.toString(), "--db", db));
        assertTrue(err.toString().startsWith("wirewatch: cannot parse query '…"), err.toString());
        assertEquals(2, run("backtest", "--watch", "deep", "--config", file.toString(), "--db", db));
        assertTrue(err.toString().contains(file + ":4:12: watch 'deep'"), err.toString());
        assertEquals(2, err.toString().lines().count(), err.toString());
    }

    @Test
    void malformedRegexInConfigNamesFileLineAndColumn() throws Exception {
        Path file = config("feeds: []\nwatches:\n  - name: rx\n    query: 'ceasefire AND /[a-/'\n");
        assertEquals(2, run("check", "--config", file.toString(), "--db", dir.resolve("w.db").toString()));
        assertTrue(err.toString().startsWith("wirewatch: " + file + ":4:12: watch 'rx': cannot parse query "
                + "'ceasefire AND /[a-/' at column 15: invalid regular expression ("), err.toString());
    }
}
