package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feed of the feedparser project's conformance suite goes through the real parsing path: none may crash or
 * hang it, and nearly all the well-formed ones must parse.
 */
class FeedParserConformanceTest {
    private static final Duration PER_FILE = Duration.ofSeconds(5);
    private static final URI BASE = URI.create("http://127.0.0.1/conformance/feed.xml");

    private final FeedParser parser = new FeedParser();

    @Test
    void wellFormedFeedsParseWithoutCrashOrHang() throws IOException {
        Outcome outcome = parseAll("wellformed");
        System.out.println("conformance wellformed: " + outcome);
        assertEquals(List.of(), outcome.crashes);
        assertTrue(outcome.parsed >= outcome.files * 0.95,
                "only " + outcome.parsed + " of " + outcome.files + " well-formed feeds parsed");
    }

    @Test
    void illFormedFeedsAreParsedOrRejectedWithoutCrashOrHang() throws IOException {
        Outcome outcome = parseAll("illformed");
        System.out.println("conformance illformed: " + outcome);
        assertEquals(List.of(), outcome.crashes);
        assertEquals(outcome.files, outcome.parsed + outcome.rejected);
    }

    private Outcome parseAll(String folder) throws IOException {
        Path root = sharedTests().resolve(folder);
        assumeTrue(Files.isDirectory(root), "conformance feeds not found at " + root);
        Outcome outcome = new Outcome();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            outcome.files++;
            try {
                Object result = assertTimeoutPreemptively(PER_FILE, () -> parseOrReject(body), file::toString);
                if (result instanceof Parsed) {
                    outcome.parsed++;
                    outcome.items += ((Parsed) result).articles().size();
                } else {
                    outcome.rejected++;
                    String message = ((FeedFormatException) result).getMessage();
                    assertTrue(!message.isBlank() && message.indexOf('\n') < 0,
                            "message for " + file + " is not one line: " + message);
                }
            } catch (RuntimeException crash) {
                outcome.crashes.add(root.relativize(file) + ": " + crash);
            }
        }
        return outcome;
    }

    private Object parseOrReject(byte[] body) {
        try {
            return parser.parse("conformance", body, null, BASE);
        } catch (FeedFormatException rejected) {
            return rejected;
        }
    }

    private static Path sharedTests() {
        String shared = System.getProperty("wirewatch.shared", "../shared");
        return Path.of(shared, "conformance", "feedparser", "tests");
    }

    private static final class Outcome {
        int files;
        int parsed;
        int rejected;
        int items;
        final List<String> crashes = new ArrayList<>();

        @Override
        public String toString() {
            return files + " files, " + parsed + " parsed (" + items + " items), " + rejected + " rejected, "
                    + crashes.size() + " crashes";
        }
    }
}
