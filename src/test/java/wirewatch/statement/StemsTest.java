package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class StemsTest {
    private final VariantMatcher matcher = new VariantMatcher();

    @Test
    void stemsOfAQuoteAreTheSetOfItsContentWords() {
        Set<String> stems = matcher.stems("The ceasefire will hold, the minister said of the ceasefire");
        assertEquals(new HashSet<>(stems), stems);
        assertTrue(stems.contains("ceasefir"), stems.toString());
        assertFalse(stems.contains("the"));
        assertEquals(stems.size(), new HashSet<>(stems).size());
    }

    @Test
    void equalTextsShareOneInstanceOfTheirWords() {
        String a = new String("We will not stop until everyone is safe");
        String b = new String("We will not stop until everyone is safe");
        assertTrue(matcher.quote(a) == matcher.quote(b));
        assertTrue(matcher.stems(a) == matcher.stems(b));
    }

    @Test
    void numberedSetsMeasureAsPlainSetsOfTheSameWords() {
        Random random = new Random(7);
        List<String> vocabulary = List.of("ceasefir", "kremlin", "talk", "monitor", "prison", "return", "lasting",
                "guarante", "secur", "propos", "studi", "respond", "cours", "hurri", "detail", "principl", "ball",
                "court", "moscow", "judg", "action", "word", "civilian", "diplomat", "map");
        ToDoubleFunction<String> weight = stem -> 0.2 + (Math.abs(stem.hashCode()) % 80) / 100.0;
        for (int round = 0; round < 2_000; round++) {
            String a = sentence(random, vocabulary);
            String b = sentence(random, vocabulary);
            Set<String> numberedA = matcher.stems(a);
            Set<String> numberedB = matcher.stems(b);
            Set<String> plainA = new HashSet<>(numberedA);
            Set<String> plainB = new HashSet<>(numberedB);
            assertEquals(VariantMatcher.similarity(plainA, plainB, weight),
                    VariantMatcher.similarity(numberedA, numberedB, weight), 1e-12, a + " / " + b);
            assertEquals(VariantMatcher.similarity(plainA, plainB, stem -> 1.0),
                    VariantMatcher.similarity(numberedA, numberedB), 1e-12, a + " / " + b);
            assertEquals(plainA.equals(plainB), numberedA.equals(numberedB));
        }
    }

    @Test
    void setsOfTwoGenerationsOfTheWordTableCompareByTheirWords() {
        Set<String> a = Stems.numbered(List.of("ceasefir", "kremlin", "talk"), new int[] {0, 1, 2}, 0);
        // The same words, numbered again after the table started over.
        Set<String> b = Stems.numbered(List.of("talk", "kremlin", "monitor"), new int[] {0, 5, 3}, 1);
        assertEquals(2, Stems.from(a).shared(Stems.from(b)));
        assertEquals(VariantMatcher.similarity(new HashSet<>(a), new HashSet<>(b)), VariantMatcher.similarity(a, b),
                1e-12);
        assertEquals(Stems.numbered(List.of("talk"), new int[] {0}, 1),
                Stems.numbered(List.of("talk"), new int[] {9}, 2));
    }

    private static String sentence(Random random, List<String> vocabulary) {
        StringBuilder out = new StringBuilder();
        int words = 1 + random.nextInt(9);
        for (int i = 0; i < words; i++) {
            out.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
        }
        return out.toString().strip();
    }
}
