package wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirewatch completion}: a script that a real bash loads and completes from. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    /** What bash offers after the words typed, the last one being completed. */
    private String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String line = String.join(" ", words);
        Process bash = new ProcessBuilder("bash", "-c", "source '" + script + "'; COMP_WORDS=(" + array + "); "
                + "COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_wirewatch 2>/dev/null; echo \"${COMPREPLY[*]}\"").redirectErrorStream(true).start();
        try {
            assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash hung");
            return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            bash.destroyForcibly();
        }
    }

    @Test
    void bashScriptCompletesCommandsAndOptions() throws Exception {
        assertEquals(0, run("completion", "bash"));
        Path script = Files.writeString(dir.resolve("wirewatch.bash"), out.toString());
        assertEquals("tail", complete(script, "wirewatch", "ta"));
        assertEquals("--dry-run", complete(script, "wirewatch", "check", "--dr"));
        assertEquals("bash zsh", complete(script, "wirewatch", "completion", ""));
    }

    @Test
    void zshScriptLoadsThroughBashcompinit() {
        assertEquals(0, run("completion", "zsh"));
        assertTrue(out.toString().contains("autoload -U +X bashcompinit && bashcompinit"), out.toString());
        assertTrue(out.toString().contains("complete -F _complete_wirewatch"), out.toString());
    }

    @Test
    void anotherShellIsBadUsage() {
        assertEquals(2, run("completion", "fish"));
        assertTrue(err.toString().contains("expected one of [bash, zsh]"), err.toString());
    }
}
