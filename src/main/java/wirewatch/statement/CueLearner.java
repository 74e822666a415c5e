package wirewatch.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Learns reporting verbs from an annotated corpus folder: {@code NNN.txt} articles and a {@code gold.jsonl} whose
 * statements carry the annotators' {@code cue} ({@code said}, {@code also told}, {@code wrote in a statement}). The
 * head of a cue is its first word that is not an auxiliary, adverb or function word. A head is kept when annotators
 * marked it at least {@value #MIN_CUES} times and at least {@value #MIN_RATE} of its uses outside quotation marks
 * are cues: {@code conceded} qualifies, {@code went} ({@code went on to say}) does not. The result is
 * {@code cue-verbs.txt}, read by {@link Lexicon}; the corpus itself never ships.
 */
public final class CueLearner {
    /** Fewer cues than this is chance: a verb must recur to be learned. */
    static final int MIN_CUES = 3;
    /** Below this share of its uses, a word mostly does something else than report speech. */
    static final double MIN_RATE = 0.3;
    private static final Set<String> NOT_HEADS = Set.of("has", "have", "had", "also", "then", "later", "is", "was",
            "were", "are", "be", "been", "being", "will", "would", "could", "should", "may", "might", "did", "does",
            "do", "not", "never", "just", "even", "only", "again", "first", "the", "a", "an", "in", "on", "at", "to",
            "for", "with", "of", "about", "as", "his", "her", "their", "its", "it", "this", "that", "s");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CueLearner() {
    }

    /** The learned verbs of the corpus folder, sorted. */
    public static List<String> learn(Path dir) throws IOException {
        Map<String, Integer> cues = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode cue = JSON.readTree(line).get("cue");
            if (cue != null && cue.isTextual()) {
                head(cue.asText()).ifPresent(h -> cues.merge(h, 1, Integer::sum));
            }
        }
        Map<String, Integer> uses = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).toList()) {
                countOutsideQuotes(readText(file), uses);
            }
        }
        Set<String> out = new TreeSet<>();
        cues.forEach((word, n) -> {
            if (n >= MIN_CUES && n >= MIN_RATE * uses.getOrDefault(word, 0)) {
                out.add(word);
            }
        });
        return new ArrayList<>(out);
    }

    /** The head word of a cue, lower case: {@code also told} gives {@code told}; adverbs are never heads. */
    static java.util.Optional<String> head(String cue) {
        for (String w : cue.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').split("[^a-z']+")) {
            if (!w.isEmpty() && !w.contains("'") && !NOT_HEADS.contains(w) && !w.endsWith("ly")) {
                return java.util.Optional.of(w);
            }
        }
        return java.util.Optional.empty();
    }

    private static void countOutsideQuotes(String s, Map<String, Integer> uses) {
        Text text = Text.of(s);
        for (int i = 0; i < text.tokens.size(); i++) {
            Token t = text.tokens.get(i);
            if (t.word() && !text.inQuote(i)) {
                uses.merge(t.key(), 1, Integer::sum);
            }
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
