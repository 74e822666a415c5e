package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireCopyIndexTest {
    private final WireCopyIndex index = new WireCopyIndex();

    @Test
    void findsTheArticleACopyRepeats() {
        index.add("agency-1", WireCopy.signature(WireCopyTest.AGENCY));
        index.add("summit-1", WireCopy.signature(Stories.SUMMIT_BODY));
        assertEquals(Optional.of("agency-1"), index.findCopy(WireCopy.signature(WireCopyTest.TRIMMED)));
    }

    @Test
    void findsTheEarliestOfSeveralCopies() {
        index.add("paper-a", WireCopy.signature(WireCopyTest.AGENCY));
        index.add("paper-b", WireCopy.signature(WireCopyTest.NEW_DATELINE));
        assertEquals(Optional.of("paper-a"), index.findCopy(WireCopy.signature(WireCopyTest.LIGHTLY_EDITED)));
    }

    @Test
    void findsNothingForAnotherStory() {
        index.add("agency-1", WireCopy.signature(WireCopyTest.AGENCY));
        assertEquals(Optional.empty(), index.findCopy(WireCopy.signature(WireCopyTest.SAME_EVENT_OTHER_STORY)));
    }

    @Test
    void forgetsTheOldestBeyondCapacity() {
        WireCopyIndex small = new WireCopyIndex(2);
        small.add("agency-1", WireCopy.signature(WireCopyTest.AGENCY));
        small.add("summit-1", WireCopy.signature(Stories.SUMMIT_BODY));
        small.add("election-1", WireCopy.signature(Stories.ELECTION_BODY + " " + Stories.CEASEFIRE_BODY));
        assertEquals(2, small.size());
        assertEquals(Optional.empty(), small.findCopy(WireCopy.signature(WireCopyTest.AGENCY)));
        assertEquals(Optional.of("summit-1"), small.findCopy(WireCopy.signature(Stories.SUMMIT_BODY)));
    }

    @Test
    void addingAnIdTwiceKeepsTheFirst() {
        index.add("agency-1", WireCopy.signature(WireCopyTest.AGENCY));
        index.add("agency-1", WireCopy.signature(Stories.SUMMIT_BODY));
        assertEquals(1, index.size());
        assertEquals(Optional.of("agency-1"), index.findCopy(WireCopy.signature(WireCopyTest.AGENCY)));
    }

    @Test
    void findsACopyWhoseOriginalSharesBoilerplateWithManyOthers() {
        for (int i = 0; i < 3 * WireCopyIndex.STOCK; i++) {
            index.add("other-" + i, WireCopy.signature(story(i) + " " + BOILERPLATE));
        }
        index.add("agency-1", WireCopy.signature(WireCopyTest.AGENCY + " " + BOILERPLATE));
        assertEquals(Optional.of("agency-1"), index.findCopy(WireCopy.signature(WireCopyTest.TRIMMED)));
    }

    @Test
    void boilerplateAloneMakesNoCopy() {
        for (int i = 0; i < 3 * WireCopyIndex.STOCK; i++) {
            index.add("other-" + i, WireCopy.signature(story(i) + " " + BOILERPLATE));
        }
        assertEquals(Optional.empty(), index.findCopy(WireCopy.signature(WireCopyTest.AGENCY + " " + BOILERPLATE)));
    }

    @Test
    void findsWhatAScanOfEveryHeldArticleFinds() {
        // Articles of eight sentences drawn from sixteen overlap by half on average, right at the threshold, so
        // many lookups have several copies and near misses to choose from. Fewer articles than make a band stock.
        Random random = new Random(5);
        int found = 0;
        for (int round = 0; round < 30; round++) {
            WireCopyIndex small = new WireCopyIndex(12);
            List<String> held = new ArrayList<>();
            Map<String, Signature> signatures = new HashMap<>();
            for (int n = 0; n < WireCopyIndex.STOCK - 1; n++) {
                Signature signature = WireCopy.signature(mixedArticle(random));
                Optional<String> expected = scan(signature, held, signatures);
                assertEquals(expected, small.findCopy(signature), "round " + round + ", article " + n);
                found += expected.isPresent() ? 1 : 0;
                String id = "a" + n;
                small.add(id, signature);
                signatures.put(id, signature);
                held.add(id);
                if (held.size() > 12) {
                    held.remove(0);
                }
                if (random.nextInt(6) == 0) {
                    small.remove(held.remove(random.nextInt(held.size())));
                }
            }
        }
        assertTrue(found > 150 && found < 30 * 30 - 150, "copies found in " + found + " lookups");
    }

    /** The earliest held article that shares a band with the signature and that it copies. */
    private static Optional<String> scan(Signature signature, List<String> held, Map<String, Signature> signatures) {
        Set<Long> keys = new HashSet<>(WireCopyIndex.bandKeys(signature));
        return held.stream()
                .filter(id -> !Collections.disjoint(keys, WireCopyIndex.bandKeys(signatures.get(id))))
                .filter(id -> WireCopy.isCopy(signature, signatures.get(id)))
                .findFirst();
    }

    private static String mixedArticle(Random random) {
        List<Integer> sentences = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            sentences.add(i);
        }
        Collections.shuffle(sentences, random);
        StringBuilder text = new StringBuilder();
        for (int sentence : sentences.subList(0, 8)) {
            for (int w = 0; w < 12; w++) {
                text.append("s").append(sentence).append('w').append(w).append(' ');
            }
        }
        return text.toString();
    }

    private static final String BOILERPLATE = "This article was produced with the help of our partners across the "
            + "region. All rights reserved. Reporting by the foreign desk; editing by the night team. Readers can send "
            + "corrections and tips to the newsroom at any hour, and every message is read by an editor on duty.";

    /** A story of its own: sixty words no other story shares. */
    private static String story(int n) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append("w").append(n).append('x').append(w).append(' ');
        }
        return text.toString();
    }
}
