package wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueCorpusTest {
    @TempDir
    Path dir;

    @Test
    void learnsRecurringCuesThatRarelyDoAnythingElse() throws Exception {
        Files.writeString(dir.resolve("000.txt"), """
                Mayor Ines Duarte conceded that the bridge would stay shut. "We were wrong," she conceded.
                The council went to the vote. Duarte went home. Her deputy went on to say little.
                Harbour master Jon Vik conceded the point. Vik went quiet, then went out.
                The ferry went north, the lorries went south, and the prices went up as the light went down.
                Everyone went to bed; nobody went to the pier; the story went around and went cold.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                cue("conceded"), cue("conceded"), cue("conceded"), cue("went on to say"), cue("went on to say"),
                cue("went on to say")) + "\n", StandardCharsets.UTF_8);
        List<String> learned = CueCorpus.learn(dir);
        assertTrue(learned.contains("conceded"), learned.toString());
        assertFalse(learned.contains("went"), learned.toString());
    }

    private static String cue(String words) {
        return "{\"file\":\"000.txt\",\"speaker\":\"Ines Duarte\",\"quote\":\"x\",\"kind\":\"indirect\","
                + "\"start\":0,\"end\":1,\"cue\":\"" + words + "\"}";
    }
}
