package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FiledTest {
    private static final List<String> WORDS = List.of("ceasefire", "Kremlin", "monitors", "prisoners", "guarantees",
            "talks", "proposal", "carefully", "respond", "lasting", "return", "details", "principle", "Moscow",
            "court", "civilians", "maps", "diplomats", "week", "breakthrough");
    private static final List<String> SPEAKERS = Arrays.asList("Dmitri Orlov", "dmitri orlov", "Samira Haddad", null);

    private final VariantMatcher matcher = new VariantMatcher();
    private final Grouper grouper = new Grouper(matcher);

    @Test
    void placingAfterFiledListsIsPlacingAfterTheListsInTurn() {
        Random random = new Random(11);
        int variants = 0;
        int merges = 0;
        for (int round = 0; round < 400; round++) {
            List<Rendering> earlier = new ArrayList<>();
            int size = random.nextInt(150);
            for (int i = 0; i < size; i++) {
                earlier.add(new Rendering(statement(random), "article-" + random.nextInt(12),
                        "group-" + random.nextInt(6)));
            }
            Statement statement = statement(random);
            String article = "article-" + random.nextInt(12);
            WordFrequencies frequencies = new WordFrequencies();
            earlier.forEach(r -> frequencies.add(r.group(), matcher.stems(r.statement().quote())));

            Grouped whole = grouper.place(statement, article, earlier, frequencies);
            int cut1 = size == 0 ? 0 : random.nextInt(size + 1);
            int cut2 = cut1 + (size == cut1 ? 0 : random.nextInt(size - cut1 + 1));
            List<Filed> filed = List.of(filed(statement, earlier.subList(0, cut1)),
                    filed(statement, earlier.subList(cut1, cut2)), filed(statement, earlier.subList(cut2, size)));
            Grouped parts = grouper.placeFiled(statement, article, filed, frequencies);

            assertEquals(whole.group(), parts.group(), "round " + round);
            assertEquals(whole.change(), parts.change(), "round " + round);
            assertEquals(whole.statement(), parts.statement(), "round " + round);
            assertSame(whole.previous(), parts.previous(), "round " + round);
            assertEquals(whole.merged(), parts.merged(), "round " + round);
            assertEquals(whole.namesGroup(), parts.namesGroup(), "round " + round);
            variants += whole.change() == Grouped.Change.VARIANT ? 1 : 0;
            merges += whole.merged().isEmpty() ? 0 : 1;
        }
        // The rounds tell something: most statements join a group, and some join two.
        assertTrue(variants > 200 && merges > 20, variants + " variants, " + merges + " merges");
    }

    @Test
    void aGroupKeepsItsFirstAndLatestMembersOnly() {
        Filed filed = new Filed();
        List<Rendering> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Rendering r = new Rendering(new Statement("Dmitri Orlov", "words " + i, Statement.Kind.DIRECT, 0, 7),
                    "a" + i, "g");
            all.add(r);
            filed.add(r, true);
        }
        List<List<Rendering>> kept = new ArrayList<>();
        filed.forEachGroup((group, members) -> kept.add(members));
        List<Rendering> expected = new ArrayList<>(List.of(all.get(0)));
        expected.addAll(all.subList(40 - Grouper.COMPARED + 1, 40));
        assertEquals(List.of(expected), kept);
        List<String> speakers = new ArrayList<>();
        filed.forEachSpeaker((group, speaker) -> speakers.add(group + ": " + speaker));
        assertEquals(List.of("g: Dmitri Orlov"), speakers);
    }

    private static Filed filed(Statement statement, List<Rendering> renderings) {
        Filed filed = new Filed();
        renderings.forEach(r -> filed.add(r, Grouper.isMember(statement, r)));
        return filed;
    }

    private static Statement statement(Random random) {
        StringBuilder quote = new StringBuilder();
        int words = 2 + random.nextInt(6);
        for (int i = 0; i < words; i++) {
            quote.append(WORDS.get(random.nextInt(8 + (i % 3) * 4))).append(' ');
        }
        Statement.Kind kind = random.nextBoolean() ? Statement.Kind.DIRECT : Statement.Kind.INDIRECT;
        String text = quote.toString().strip();
        return new Statement(SPEAKERS.get(random.nextInt(SPEAKERS.size())), text, kind, 0, text.length());
    }
}
