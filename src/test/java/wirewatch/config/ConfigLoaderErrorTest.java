package wirewatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each kind of bad feeds.yml gets one line naming the file, line and column, what is wrong and the fix. */
class ConfigLoaderErrorTest {
    private static final String FEED = """
            feeds:
              - name: bbc-world
                url: https://feeds.bbci.co.uk/news/world/rss.xml
            """;
    private static final String WATCH = """
            watches:
              - name: ceasefire-kremlin
                query: 'ceasefire AND Kremlin'
            """;

    private static String error(String yaml) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(yaml, Path.of("feeds.yml")));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private static void assertAt(String message, int line, int column, String fix) {
        assertTrue(message.startsWith("feeds.yml:" + line + ":" + column + ": "), message);
        assertTrue(message.contains(fix), message);
    }

    @Test
    void misspeltKeySuggestsTheNearestOne() {
        assertEquals("feeds.yml:4:5: unknown key 'evry' in feed 'a'; did you mean 'every'?", error("""
                feeds:
                  - name: a
                    url: https://example.org/rss
                    evry: 5m
                """));
    }

    @Test
    void strangeKeyListsTheKnownOnes() {
        assertAt(error(FEED + "    colour: red\n"), 4, 5,
                "unknown key 'colour' in feed 'bbc-world'; known keys are name, url, every, fulltext, pages, "
                        + "deadline, private-redirects");
    }

    @Test
    void misspeltTopLevelKeySuggestsTheNearestOne() {
        assertAt(error("poll: 5m\nwatchs: []\n"), 2, 1,
                "unknown key 'watchs' at the top level; did you mean 'watches'?");
    }

    @Test
    void yamlSyntaxErrorPointsAtTheLineAndSuggestsIndentation() {
        assertAt(error("""
                feeds:
                  - name: a
                  url: https://example.org/rss
                """), 3, 3, "YAML syntax error: this line is indented differently from the entry it belongs to; "
                + "check the indentation");
    }

    @Test
    void tabIndentationAsksForSpaces() {
        assertAt(error("feeds:\n\t- name: a\n"), 2, 1,
                "a tab character cannot indent YAML; indent with spaces, not tabs");
    }

    @Test
    void unclosedListAsksToCloseIt() {
        assertAt(error("watches:\n  - name: a\n    all: [ceasefire, Kremlin\n"), 3, 10,
                "a list opened here with '[' is never closed; close the list with ']'");
    }

    @Test
    void unclosedQuotePointsAtItsStart() {
        assertAt(error("watches:\n  - name: a\n    query: 'ceasefire AND Kremlin\n"), 3, 12,
                "a quote opened here is never closed; close the quote");
    }

    @Test
    void emptyFileSaysWhatToAdd() {
        assertEquals("feeds.yml:1:1: the file is empty; add at least a 'feeds:' list (see the README for an example)",
                error(""));
    }

    @Test
    void fileOfOnlyCommentsIsEmpty() {
        assertAt(error("# feeds to come\n"), 1, 1, "the file is empty");
    }

    @Test
    void topLevelListIsTheWrongType() {
        assertAt(error("- name: a\n  url: https://example.org/rss\n"), 1, 1,
                "the top level must be a map of 'key: value' lines, found a list; start the file with 'feeds:'");
    }

    @Test
    void feedsWrittenAsAMapIsTheWrongType() {
        assertAt(error("feeds:\n  name: a\n  url: https://example.org/rss\n"), 2, 3,
                "'feeds' at the top level must be a list, found a map; start each feed with '- name: …'");
    }

    @Test
    void feedWrittenAsABareUrlIsTheWrongType() {
        assertAt(error("feeds:\n  - https://example.org/rss\n"), 2, 5,
                "feed #1 must be a map of 'key: value' lines, found the value 'https://example.org/rss'; "
                        + "write each feed as '- name: bbc-world'");
    }

    @Test
    void listWhereOneValueBelongsIsTheWrongType() {
        assertAt(error(FEED + "    every: [5m, 10m]\n"), 4, 12,
                "'every' in feed 'bbc-world' must be a single value, found a list; write e.g. every: 5m");
    }

    @Test
    void keyWithNoValueAsksForOne() {
        assertAt(error(FEED + "    every:\n"), 4, 11, "'every' in feed 'bbc-world' has no value; write e.g. every: 5m");
    }

    @Test
    void missingUrlAsksForOne() {
        assertAt(error("feeds:\n  - name: a\n"), 2, 5, "missing 'url' in feed 'a'; add 'url: https://");
    }

    @Test
    void missingNameAsksForOne() {
        assertAt(error("feeds:\n  - url: https://example.org/rss\n"), 2, 5, "missing 'name' in feed #1; add 'name: ");
    }

    @Test
    void repeatedKeyNamesBothLines() {
        assertAt(error(FEED + "    url: https://example.org/other\n"), 4, 5,
                "key 'url' appears twice in feed 'bbc-world' (also at line 3); keep one of them");
    }

    @Test
    void duplicateFeedNameNamesBothLines() {
        assertAt(error(FEED + "  - name: bbc-world\n    url: https://feeds.bbci.co.uk/news/rss.xml\n"), 4, 11,
                "duplicate feed name 'bbc-world' (also at line 2); rename one of them");
    }

    @Test
    void duplicateWatchNameNamesBothLines() {
        assertAt(error(WATCH + "  - name: ceasefire-kremlin\n    all: [truce]\n"), 4, 11,
                "duplicate watch name 'ceasefire-kremlin' (also at line 2); rename one of them");
    }

    @Test
    void feedNameWithCapitalsAndSpacesSuggestsASlug() {
        assertAt(error("feeds:\n  - name: BBC World\n    url: https://example.org/rss\n"), 2, 11,
                "bad feed name 'BBC World': use lowercase letters, digits and '-' only, e.g. 'bbc-world'");
    }

    @Test
    void urlWithAnotherSchemeIsRefused() {
        assertAt(error("feeds:\n  - name: a\n    url: ftp://example.org/rss\n"), 3, 10,
                "bad url 'ftp://example.org/rss' in feed 'a': its scheme 'ftp' is not http or https; "
                        + "write an absolute http or https address");
    }

    @Test
    void relativeUrlIsRefused() {
        assertAt(error("feeds:\n  - name: a\n    url: example.org/rss\n"), 3, 10,
                "bad url 'example.org/rss' in feed 'a': it has no http:// or https:// in front");
    }

    @Test
    void urlWithSpacesIsRefused() {
        assertAt(error("feeds:\n  - name: a\n    url: https://example.org/world news\n"), 3, 10,
                "it is not a valid address");
    }

    @Test
    void durationWithoutUnitIsRefused() {
        assertAt(error(FEED + "    every: 5\n"), 4, 12,
                "bad 'every' in feed 'bbc-world': duration '5' has no unit after 5; write a number with a unit");
    }

    @Test
    void badPollDurationIsRefused() {
        assertAt(error("poll: soon\n"), 1, 7, "bad 'poll' at the top level: duration 'soon' has");
    }

    @Test
    void zeroIntervalIsRefused() {
        assertAt(error(FEED + "    every: 0s\n"), 4, 12, "'every' in feed 'bbc-world' must be longer than zero");
    }

    @Test
    void badFulltextListsTheChoices() {
        assertAt(error(FEED + "    fulltext: sometimes\n"), 4, 15,
                "bad fulltext 'sometimes' in feed 'bbc-world'; use auto, always or never");
    }

    @Test
    void zeroPageBudgetIsRefused() {
        assertAt(error(FEED + "    pages: 0\n"), 4, 12,
                "'pages' in feed 'bbc-world' must be a whole number of 1 or more, found '0'; write e.g. pages: 10");
    }

    @Test
    void badDeadlineSaysWhy() {
        assertAt(error(FEED + "    deadline: soon\n"), 4, 15, "bad 'deadline' in feed 'bbc-world'");
    }

    @Test
    void badPrivateRedirectsListsTheChoices() {
        assertAt(error(FEED + "    private-redirects: yes\n"), 4, 24,
                "bad private-redirects 'yes' in feed 'bbc-world'; use refuse (the default) or allow");
    }

    @Test
    void watchNamingAnUnknownFeedSuggestsTheNearest() {
        assertAt(error(FEED + WATCH + "    feeds: [bbc-wrld]\n"), 7, 13,
                "unknown feed 'bbc-wrld' in watch 'ceasefire-kremlin'; did you mean 'bbc-world'?");
    }

    @Test
    void watchNamingAFarFeedListsTheKnownFeeds() {
        assertAt(error(FEED + WATCH + "    feeds: [reuters]\n"), 7, 13,
                "unknown feed 'reuters' in watch 'ceasefire-kremlin'; known feeds are bbc-world");
    }

    @Test
    void queryAndShorthandTogetherAreRefused() {
        assertAt(error(WATCH + "    all: [ceasefire]\n"), 4, 5,
                "watch 'ceasefire-kremlin' has both 'query' and 'all'; use one form");
    }

    @Test
    void watchWithoutRuleAsksForOne() {
        assertAt(error("watches:\n  - name: empty\n"), 2, 5,
                "watch 'empty' has no rule; add query: 'ceasefire AND Kremlin' or all: [ceasefire, Kremlin]");
    }

    @Test
    void watchWithOnlyNoneTermsAsksForAllOrAny() {
        assertAt(error("watches:\n  - name: quiet\n    none: [football]\n"), 2, 5, "has only 'none' terms");
    }

    @Test
    void nearWithOneAllTermIsRefused() {
        assertAt(error("watches:\n  - name: a\n    all: [ceasefire]\n    near: 20\n"), 4, 5,
                "'near' in watch 'a' needs at least two 'all' terms");
    }

    @Test
    void nearMustBePositive() {
        assertAt(error("watches:\n  - name: a\n    all: [ceasefire, Kremlin]\n    near: 0\n"), 4, 11,
                "'near' in watch 'a' must be a whole number of 1 or more, found '0'; write e.g. near: 40");
    }

    @Test
    void alertNamingAnUnknownWatchSuggestsTheNearest() {
        assertAt(error(WATCH + "alerts:\n  - watch: ceasefire-kreml\n    run: [notify-send]\n"), 5, 12,
                "alert #1 names unknown watch 'ceasefire-kreml'; did you mean 'ceasefire-kremlin'?");
    }

    @Test
    void alertNamingAFarWatchOffersTheStar() {
        assertAt(error(WATCH + "alerts:\n  - watch: elections\n    run: [notify-send]\n"), 5, 12,
                "use '*' for every watch; known watches are ceasefire-kremlin");
    }

    @Test
    void alertNameUsedTwiceNamesTheFirstUse() {
        assertAt(error(WATCH + "alerts:\n  - name: desk\n    watch: '*'\n    run: [a]\n"
                        + "  - name: desk\n    watch: '*'\n    run: [b]\n"), 8, 11,
                "alert name 'desk' is already used at feeds.yml:5:11; give each alert a name of its own");
    }

    @Test
    void alertNameWithOtherCharactersSaysWhichAreAllowed() {
        assertAt(error(WATCH + "alerts:\n  - name: 'My Desk'\n    watch: '*'\n    run: [a]\n"), 5, 11,
                "alert name 'My Desk' in alert #1 (watch '*') must use only a-z, 0-9 and '-'");
    }

    @Test
    void unknownEventTypeSuggestsTheNearest() {
        assertAt(error(WATCH + "alerts:\n  - watch: '*'\n    on: [matches]\n    run: [notify-send]\n"), 6, 10,
                "unknown event type 'matches' in alert #1 (watch '*'); did you mean 'match'?");
    }

    @Test
    void bothRunAndShellAreRefused() {
        assertAt(error(WATCH + "alerts:\n  - watch: '*'\n    run: [notify-send]\n    shell: 'notify-send hi'\n"),
                7, 5, "both 'run' and 'shell' in alert #1 (watch '*'); keep one");
    }

    @Test
    void neitherRunNorShellAsksForOne() {
        assertAt(error(WATCH + "alerts:\n  - watch: '*'\n    on: [match]\n"), 5, 5,
                "neither 'run' nor 'shell' in alert #1 (watch '*'); add run: [notify-send, wirewatch]");
    }

    @Test
    void runAsOneStringPointsToShell() {
        assertAt(error(WATCH + "alerts:\n  - watch: '*'\n    run: notify-send wirewatch\n"), 6, 10,
                "or use shell: for a command line");
    }

    @Test
    void negativeRetriesAreRefused() {
        assertAt(error(WATCH + "alerts:\n  - watch: '*'\n    run: [true]\n    retries: -1\n"), 7, 14,
                "'retries' in alert #1 (watch '*') must be a whole number of 0 or more, found '-1'");
    }

    @Test
    void aliasPinnedToTwoPeopleIsRefused() {
        assertAt(error("people:\n  Vladimir Putin: [the president]\n  Donald Trump: [the president]\n"), 3, 18,
                "alias 'the president' is pinned to both 'Vladimir Putin' and 'Donald Trump'; keep it under one");
    }

    @Test
    void yamlAliasIsRefused() {
        assertAt(error("poll: &often 5m\nfeeds:\n  - name: a\n    url: https://example.org/rss\n    every: *often\n"),
                5, 12, "YAML aliases such as '*often' are not supported; write the value out in full");
    }

    @Test
    void secondYamlDocumentIsRefused() {
        assertAt(error("poll: 5m\n---\nfeeds: []\n"), 3, 1, "a second YAML document starts here");
    }

    @Test
    void escapeInAWatchNameIsRefusedAtTheName() {
        assertEquals("feeds.yml:3:11: a watch name cannot contain the invisible character U+001B (character 4 of "
                + "the name); use letters, digits and dashes",
                error("feeds: []\nwatches:\n  - name: \"bad\\e[31mname\"\n    query: ceasefire\n"));
    }

    @Test
    void bidiOverrideInAWatchNameIsRefused() {
        assertAt(error("feeds: []\nwatches:\n  - name: \"truce\\u202Eevil\"\n    query: ceasefire\n"), 3, 11,
                "invisible character U+202E (character 6 of the name)");
    }

    @Test
    void rawControlCharacterIsPlacedAtItsLineAndColumn() {
        assertAt(error("feeds: []\n# a bell \u0007 here\n"), 2, 10,
                "the control character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void textLongerThanTheLimitIsRefusedWithTheLimit() {
        String message = error("#" + "x".repeat(YamlReader.MAX_CHARS) + "\nfeeds: []\n");
        assertTrue(message.startsWith("feeds.yml: the file is larger than the 16 MiB a config file may have"),
                message);
    }

    @Test
    void thousandsOfNestedListsAreRefusedWhereTheyGetTooDeep() {
        assertAt(error("feeds: []\npoll: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), 2, 70,
                "lists and maps nest more than 64 deep here");
    }
}
