package wirewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirewatch.statement.Fixtures;

class StatementEvalTest {
    private final StatementEval eval = new StatementEval();

    private static Path shared() {
        return Path.of(System.getProperty("wirewatch.shared", "../shared"));
    }

    @Test
    void ceasefireCorpusMeetsQualityTargets() throws IOException {
        Path corpus = shared().resolve("corpus/ceasefire");
        assumeTrue(Files.exists(corpus.resolve("gold.jsonl")), "no shared corpus at " + corpus);
        StatementEval.Figures figures = eval.evaluate(corpus);
        System.out.println("statements on " + corpus + ": " + figures);
        assertTrue(figures.direct().f1() >= 0.90, figures.toString());
        assertTrue(figures.attribution() >= 0.85, figures.toString());
        assertTrue(figures.indirect().f1() >= 0.60, figures.toString());
        assertTrue(figures.variantPairs().orElseThrow().f1() >= 0.70, figures.toString());
    }

    /** A one-article corpus: the wire story, its gold statements and one variant group across two files. */
    private static Path corpus(Path dir, String goldSpeaker) throws IOException {
        String wire = Fixtures.text("harbour-wire.txt");
        String brief = Fixtures.text("harbour-brief.txt");
        Files.writeString(dir.resolve("000.txt"), wire, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("001.txt"), brief, StandardCharsets.UTF_8);
        String q1 = "We will open the corridor as soon as the inspectors confirm the mines are cleared,";
        String q2 = "the navy would escort the first convoy";
        int a = wire.indexOf(q1);
        int b = wire.indexOf(q2);
        int c = brief.indexOf(q2);
        Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                gold("000.txt", goldSpeaker, q1, "direct", a),
                gold("000.txt", "Tomas Hollander", q2, "indirect", b),
                gold("001.txt", "Tomas Hollander", q2, "indirect", c)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("groups.jsonl"), "{\"group\":\"escort\",\"speaker\":\"Tomas Hollander\","
                + "\"members\":[{\"file\":\"000.txt\",\"start\":" + b + ",\"end\":" + (b + q2.length()) + "},"
                + "{\"file\":\"001.txt\",\"start\":" + c + ",\"end\":" + (c + q2.length()) + "}]}\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    private static String gold(String file, String speaker, String quote, String kind, int start) {
        return "{\"file\":\"" + file + "\",\"speaker\":\"" + speaker + "\",\"quote\":\"" + quote + "\",\"kind\":\""
                + kind + "\",\"start\":" + start + ",\"end\":" + (start + quote.length()) + "}";
    }

    @Test
    void everyGoldStatementFoundGivesFullRecall(@TempDir Path dir) throws IOException {
        StatementEval.Figures figures = eval.evaluate(corpus(dir, "Elena Varga"));
        assertEquals(1.0, figures.direct().recall());
        assertEquals(1.0, figures.indirect().recall());
    }

    @Test
    void extraStatementsLowerPrecision(@TempDir Path dir) throws IOException {
        StatementEval.Figures figures = eval.evaluate(corpus(dir, "Elena Varga"));
        assertTrue(figures.indirect().precision() < 1.0, figures.toString());
        assertEquals(2, figures.indirect().gold());
    }

    @Test
    void attributionCountsSpeakerNamedBySurname(@TempDir Path dir) throws IOException {
        assertEquals(1.0, eval.evaluate(corpus(dir, "Varga")).attribution());
    }

    @Test
    void wrongSpeakerLowersAttribution(@TempDir Path dir) throws IOException {
        assertEquals(0.0, eval.evaluate(corpus(dir, "Tomas Hollander")).attribution());
    }

    @Test
    void goldSourceWrittenUnknownIsNotJudged(@TempDir Path dir) throws IOException {
        StatementEval.Figures figures = eval.evaluate(corpus(dir, "UNKNOWN"));
        assertEquals(0, figures.attributionJudged());
    }

    @Test
    void absentSpeakerAgainstANamedGoldSpeakerIsWrong(@TempDir Path dir) throws IOException {
        String text = "Talks on the corridor resumed in Geneva on Monday.\n\n"
                + "“We will not sign anything that rewards the blockade,” he said.\n";
        Files.writeString(dir.resolve("000.txt"), text, StandardCharsets.UTF_8);
        String quote = "We will not sign anything that rewards the blockade,";
        Files.writeString(dir.resolve("gold.jsonl"), gold("000.txt", "Elena Varga", quote, "direct",
                text.indexOf(quote)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("groups.jsonl"), "", StandardCharsets.UTF_8);

        StatementEval.Figures figures = eval.evaluate(dir);

        assertEquals(1, figures.attributionJudged());
        assertEquals(0, figures.attributionRight());
    }

    @Test
    void speakerTakenFromAnotherFilesRenderingCountsAsRight(@TempDir Path dir) throws IOException {
        String quote = "We will not sign anything that rewards the blockade,";
        String named = "Talks on the corridor resumed in Geneva on Monday.\n\n“" + quote + "” Elena Varga said.\n";
        String unnamed = "The corridor talks went into a second day.\n\n“" + quote + "” he said.\n";
        Files.writeString(dir.resolve("000.txt"), named, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("001.txt"), unnamed, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                gold("000.txt", "Elena Varga", quote, "direct", named.indexOf(quote)),
                gold("001.txt", "Elena Varga", quote, "direct", unnamed.indexOf(quote))) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("groups.jsonl"), "", StandardCharsets.UTF_8);

        StatementEval.Figures figures = eval.evaluate(dir);

        assertEquals(2, figures.attributionJudged());
        assertEquals(2, figures.attributionRight());
    }

    @Test
    void variantRenderingsInOneGroupScoreFullPairRecall(@TempDir Path dir) throws IOException {
        StatementEval.Figures figures = eval.evaluate(corpus(dir, "Elena Varga"));
        assertEquals(1, figures.variantPairs().orElseThrow().gold());
        assertEquals(1.0, figures.variantPairs().orElseThrow().recall());
    }

    @Test
    void goldOffsetsInCodePointsAreReadPastAstralCharacters(@TempDir Path dir) throws IOException {
        String text = "\uD83D\uDEA2 Port news\n“The cranes are working again,” Brandt said.\n";
        Files.writeString(dir.resolve("000.txt"), text, StandardCharsets.UTF_8);
        String quote = "The cranes are working again,";
        int chars = text.indexOf(quote);
        int codePoints = text.codePointCount(0, chars);
        Files.writeString(dir.resolve("gold.jsonl"), gold("000.txt", "Brandt", quote, "direct", codePoints) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("groups.jsonl"), "", StandardCharsets.UTF_8);
        List<StatementEval.Output> out = eval.run(dir);
        assertEquals(chars, out.get(0).statement().start());
        assertEquals(1.0, eval.score(dir, out).direct().f1());
    }
}
