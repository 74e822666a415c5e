package wirewatch.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.config.AlertSpec;
import wirewatch.config.Location;
import wirewatch.event.MatchEvent;

class HookRunnerTest {
    private static final Duration GRACE = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private HookOutcome run(AlertSpec spec, MatchEvent event) throws InterruptedException {
        return new HookRunner(dir.resolve("spool"), GRACE).run(spec, HookInput.of(event));
    }

    @Test
    void hookReadsTheEventJsonLineOnStandardInput() throws Exception {
        Path script = Scripts.write(dir, "archive.sh", "cat > '" + dir.resolve("stdin.json") + "'");
        MatchEvent event = News.match("Kremlin says it will study US ceasefire proposal");

        HookOutcome outcome = run(Scripts.run(script), event);

        assertTrue(outcome.isSuccess(), outcome.describe(Duration.ZERO));
        String expected = wirewatch.event.EventJson.write(event) + "\n";
        assertEquals(expected, Files.readString(dir.resolve("stdin.json")));
    }

    @Test
    void hookSeesTheEventInWirewatchVariables() throws Exception {
        Path script = Scripts.write(dir, "env.sh", "env | grep '^WIREWATCH_' | grep -v '^WIREWATCH_HOOK_RUN=' | sort > '"
                + dir.resolve("env.txt") + "'");
        MatchEvent event = News.match("e-77", "Zelensky welcomes truce talks in Jeddah");

        run(Scripts.run(script), event);

        assertEquals(List.of(
                "WIREWATCH_EVENT=match",
                "WIREWATCH_FEED=kyiv-wire",
                "WIREWATCH_ID=e-77",
                "WIREWATCH_SPEAKER=Dmitry Peskov",
                "WIREWATCH_TITLE=Zelensky welcomes truce talks in Jeddah",
                "WIREWATCH_URL=" + event.url(),
                "WIREWATCH_WATCH=ceasefire-kremlin"), Files.readAllLines(dir.resolve("env.txt")));
    }

    @Test
    void escapeSequencesAndLineBreaksNeverReachTheEnvironment() throws Exception {
        Path script = Scripts.write(dir, "title.sh", "printf '%s' \"$WIREWATCH_TITLE\" > '" + dir.resolve("t.txt")
                + "'");
        MatchEvent event = News.match("\u001b]0;pwned\u0007Kremlin \u001b[31mrejects\u001b[0m truce\r\n"
                + "URGENT: second line\u0000");

        run(Scripts.run(script), event);

        assertEquals("Kremlin rejects truce URGENT: second line", Files.readString(dir.resolve("t.txt")));
    }

    @Test
    void bidiAndC1ControlsReachStandardInputOnlyAsJsonEscapes() throws Exception {
        Path script = Scripts.write(dir, "stdin.sh", "cat > '" + dir.resolve("stdin.json") + "'");
        String title = "Truce \u202Eeltit desrever\u202C signed \u009b2J";

        run(Scripts.run(script), News.match(title));

        String stdin = Files.readString(dir.resolve("stdin.json"));
        assertTrue(stdin.contains("\"title\":\"Truce \\u202Eeltit desrever\\u202C signed \\u009B2J\""), stdin);
        assertTrue(stdin.chars().noneMatch(c -> c == 0x202E || c == 0x202C || c == 0x9B), stdin);
        assertEquals(title, wirewatch.event.EventJson.mapper().readTree(stdin).path("article").path("title").asText());
    }

    @Test
    void runHookGetsItsArgumentsVerbatimWithoutAShell() throws Exception {
        Path script = Scripts.write(dir, "args.sh", "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > '"
                + dir.resolve("args.txt") + "'");
        AlertSpec spec = new AlertSpec("*#1", "*", Set.of("match"), List.of(script.toString(), "two words", "$HOME", "*",
                "; touch " + dir.resolve("pwned")), null, Duration.ofSeconds(30), 0, Location.NONE);

        run(spec, News.match("Peskov: Moscow needs time to study ceasefire plan"));

        assertEquals(List.of("two words", "$HOME", "*", "; touch " + dir.resolve("pwned")),
                Files.readAllLines(dir.resolve("args.txt")));
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    @Test
    void shellHookRunsItsCommandThroughSh() throws Exception {
        AlertSpec spec = Scripts.shell("printf '%s|%s' \"$WIREWATCH_EVENT\" \"$WIREWATCH_TITLE\" | tr a-z A-Z > '"
                + dir.resolve("out.txt") + "'");

        HookOutcome outcome = run(spec, News.match("Truce monitors arrive in Zaporizhzhia"));

        assertTrue(outcome.isSuccess());
        assertEquals("MATCH|TRUCE MONITORS ARRIVE IN ZAPORIZHZHIA", Files.readString(dir.resolve("out.txt")));
    }

    @Test
    void shellSyntaxInATitleIsDataNotACommand() throws Exception {
        String title = "Truce $(touch " + dir.resolve("x1") + ") `touch " + dir.resolve("x2") + "` \"; touch "
                + dir.resolve("x3") + "; echo \" ' ; touch " + dir.resolve("x4") + " ;'\ntouch " + dir.resolve("x5")
                + " && rm -rf ~";
        AlertSpec spec = Scripts.shell("echo \"Title: $WIREWATCH_TITLE\" > '" + dir.resolve("title.txt")
                + "'; cat > '" + dir.resolve("stdin.json") + "'");

        HookOutcome outcome = run(spec, News.match(title));

        assertTrue(outcome.isSuccess(), outcome.describe(Duration.ZERO));
        for (String planted : List.of("x1", "x2", "x3", "x4", "x5")) {
            assertFalse(Files.exists(dir.resolve(planted)), planted + " was created");
        }
        assertEquals("Title: " + title.replace('\n', ' ') + "\n", Files.readString(dir.resolve("title.txt")));
        assertTrue(Files.readString(dir.resolve("stdin.json")).contains("Truce $(touch "));
    }

    @Test
    void failingHookReportsItsExitCodeAndLastOutput() throws Exception {
        Path script = Scripts.write(dir, "post.sh", "echo 'posting to the newsroom channel'\n"
                + "echo 'curl: (7) Failed to connect to hooks.newsroom.example port 443' >&2\nexit 7");

        HookOutcome outcome = run(Scripts.run(script), News.match("Kremlin rejects truce monitors"));

        assertEquals(7, outcome.exitCode());
        assertEquals("exit 7: posting to the newsroom channel curl: (7) Failed to connect to "
                + "hooks.newsroom.example port 443", outcome.describe(Duration.ofSeconds(30)));
    }

    @Test
    void missingProgramIsReportedAsNotStarted() throws Exception {
        AlertSpec spec = new AlertSpec("*#1", "*", Set.of("match"), List.of(dir.resolve("no-such-notifier").toString()),
                null, Duration.ofSeconds(30), 0, Location.NONE);

        HookOutcome outcome = run(spec, News.match("Kremlin rejects truce monitors"));

        assertFalse(outcome.isSuccess());
        assertTrue(outcome.describe(Duration.ZERO).startsWith("cannot start: "), outcome.describe(Duration.ZERO));
    }

    @Test
    void hookPastItsTimeoutIsKilledWithTheChildrenItStarted() throws Exception {
        Path pid = dir.resolve("child.pid");
        Path script = Scripts.write(dir, "hang.sh", "sleep 1000 &\necho $! > '" + pid + "'\necho waiting\nwait");

        HookOutcome outcome = run(Scripts.run(script, Duration.ofSeconds(1), 0), News.match("Talks stall"));

        assertTrue(outcome.timedOut());
        assertEquals("timed out after 1s, killed: waiting", outcome.describe(Duration.ofSeconds(1)));
        long child = Long.parseLong(Files.readString(pid).strip());
        await().atMost(Duration.ofSeconds(10)).until(() -> isGone(child));
    }

    @Test
    void hookPastItsTimeoutIsKilledWithAChildThatLeftItsTreeAndSession() throws Exception {
        Path mark = dir.resolve("mark");
        Path pid = dir.resolve("escaped.pid");
        // A double fork: the subshell exits at once, so its child belongs to init, in a session of its own.
        Path script = Scripts.write(dir, "escape.sh", String.join("\n",
                "echo \"$" + ProcessTree.MARK + "\" > '" + mark + "'",
                "( setsid sh -c 'echo $$ > \"$0\"; exec sleep 1000' '" + pid + "' & )",
                "while [ ! -s '" + pid + "' ]; do sleep 0.01; done",
                "echo waiting",
                "sleep 1000"));
        try {
            HookOutcome outcome = run(Scripts.run(script, Duration.ofSeconds(1), 0), News.match("Talks stall"));

            assertTrue(outcome.timedOut());
            assertEquals(List.of(), ProcessTree.marked(Files.readString(mark).strip()));
            long escaped = Long.parseLong(Files.readString(pid).strip());
            await().atMost(Duration.ofSeconds(30)).until(() -> isGone(escaped));
        } finally {
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void hookThatIgnoresTermIsKilledAfterTheGrace() throws Exception {
        Path pid = dir.resolve("hook.pid");
        Path script = Scripts.write(dir, "stubborn.sh", "trap '' TERM\necho $$ > '" + pid + "'\n"
                + "while :; do :; done");

        HookOutcome outcome = run(Scripts.run(script, Duration.ofSeconds(1), 0), News.match("Talks stall"));

        assertTrue(outcome.timedOut());
        long hook = Long.parseLong(Files.readString(pid).strip());
        await().atMost(Duration.ofSeconds(10)).until(() -> isGone(hook));
    }

    @Test
    void floodingHookIsReadToTheEndAndOnlyItsTailKept() throws Exception {
        Path script = Scripts.write(dir, "flood.sh", "yes 'err: ceasefire feed unreachable' | head -c 10000000 >&2 &"
                + "\nyes 'Kremlin says it will study the proposal' | head -c 50000000\nwait\necho done flooding");

        HookOutcome outcome = run(Scripts.run(script), News.match("Kremlin says it will study the proposal"));

        assertTrue(outcome.isSuccess());
        assertEquals(60_000_000L + "done flooding\n".length(), outcome.outputBytes());
        assertEquals(HookRunner.TAIL_BYTES, outcome.output().length());
        assertTrue(outcome.output().endsWith("proposal\ndone flooding\n"), outcome.output());
    }

    @Test
    void hookIsDoneWhenItExitsEvenIfAChildStillHoldsItsOutput() throws Exception {
        Path pid = dir.resolve("child.pid");
        Path script = Scripts.write(dir, "detach.sh", "sleep 1000 &\necho $! > '" + pid + "'\necho notified");

        HookOutcome outcome = run(Scripts.run(script, Duration.ofSeconds(5), 0), News.match("Talks resume"));

        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
        assertTrue(outcome.isSuccess(), outcome.describe(Duration.ofSeconds(5)));
        assertEquals("notified\n", outcome.output());
    }

    @Test
    void standardInputFileIsRemovedOnceTheHookHasIt() throws Exception {
        Path script = Scripts.write(dir, "quiet.sh", "cat > /dev/null");

        run(Scripts.run(script), News.match("Kremlin says it will study the proposal"));

        try (Stream<Path> left = Files.list(dir.resolve("spool"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void successfulRunHasNoError() throws Exception {
        Path script = Scripts.write(dir, "ok.sh", "exit 0");

        HookOutcome outcome = run(Scripts.run(script), News.match("Kremlin says it will study the proposal"));

        assertNull(outcome.error());
        assertEquals(0, outcome.exitCode());
    }

    /** Gone, or a zombie that init has not reaped yet. */
    private static boolean isGone(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        }
    }
}
