package wirewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import wirewatch.statement.CueLearner;

/**
 * Reads an annotated corpus folder for {@link CueLearner}: the {@code cue} of each line of {@code gold.jsonl} and
 * the text of each {@code NNN.txt} article.
 */
public final class CueCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CueCorpus() {
    }

    /** The reporting verbs learned from the corpus folder {@code dir}, sorted. */
    public static List<String> learn(Path dir) throws IOException {
        List<String> cues = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode cue = JSON.readTree(line).get("cue");
            if (cue != null && cue.isTextual()) {
                cues.add(cue.asText());
            }
        }
        List<String> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList()) {
                articles.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return CueLearner.learn(cues, articles);
    }
}
