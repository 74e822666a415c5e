package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WireCopyTest {
    static final String AGENCY = """
            GENEVA, March 18 (Agency) - Russian and Ukrainian negotiators agreed on Tuesday to a limited \
            ceasefire covering energy infrastructure, the first concrete step since talks resumed last month, \
            mediators said after a day of meetings at a lakeside hotel.
            Under the arrangement both sides will stop striking power plants, substations and gas facilities \
            for thirty days, while a joint commission drafts rules for monitoring compliance. "This is modest, \
            but it is real," one mediator told reporters, asking not to be named because the talks were private.
            The Kremlin said President Vladimir Putin had approved the deal after a phone call with his U.S. \
            counterpart. In Kyiv, President Volodymyr Zelensky said Ukraine would honour the pause "as long as \
            Russia does", and urged allies to keep up military aid in the meantime.
            Previous attempts at a partial truce collapsed within days, each side accusing the other of \
            violations. Analysts said much would depend on whether international observers could reach \
            damaged sites quickly enough to verify claims.""";

    static final String TRIMMED = AGENCY.substring(0, AGENCY.indexOf("Previous attempts"));

    static final String NEW_DATELINE = AGENCY.replace("GENEVA, March 18 (Agency) -", "GENEVA (Agency) —");

    static final String LIGHTLY_EDITED = NEW_DATELINE
            .replace("on Tuesday", "late on Tuesday")
            .replace("told reporters", "told journalists");

    static final String SAME_EVENT_OTHER_STORY = """
            KYIV, March 18 - Ukrainians greeted news of a partial ceasefire on energy infrastructure with \
            caution on Tuesday, after a winter in which Russian strikes on power plants left millions without \
            heating for days at a time.
            "We have heard promises before," said Olena Marchenko, a teacher queuing for water in the capital. \
            The Kremlin said President Vladimir Putin had approved the arrangement, and President Volodymyr \
            Zelensky said Ukraine would respect it, but officials at the state grid operator said repairs to \
            substations would take months whatever happened at the talks in Geneva.
            The energy ministry told reporters that gas facilities in the east had been hit more than forty \
            times since January, and that international observers would be welcome to inspect them.""";

    @Test
    void identicalTextIsACopy() {
        assertEquals(1.0, WireCopy.similarity(WireCopy.signature(AGENCY), WireCopy.signature(AGENCY)));
    }

    @Test
    void trimmedEndingIsACopy() {
        double similarity = WireCopy.similarity(WireCopy.signature(AGENCY), WireCopy.signature(TRIMMED));
        assertTrue(similarity >= 0.75, "similarity " + similarity);
    }

    @Test
    void changedDatelineIsACopy() {
        double similarity = WireCopy.similarity(WireCopy.signature(AGENCY), WireCopy.signature(NEW_DATELINE));
        assertTrue(similarity >= 0.75, "similarity " + similarity);
    }

    @Test
    void lightlyEditedTextIsACopy() {
        assertTrue(WireCopy.isCopy(WireCopy.signature(AGENCY), WireCopy.signature(LIGHTLY_EDITED)));
    }

    @Test
    void otherStoryOnTheSameEventIsNotACopy() {
        double similarity = WireCopy.similarity(WireCopy.signature(AGENCY),
                WireCopy.signature(SAME_EVENT_OTHER_STORY));
        assertTrue(similarity < 0.1, "similarity " + similarity);
    }

    @Test
    void unrelatedStoryIsNotACopy() {
        assertFalse(WireCopy.isCopy(WireCopy.signature(AGENCY), WireCopy.signature(Stories.SUMMIT_BODY)));
    }

    @Test
    void shortTextsAreNeverCopies() {
        String brief = "Talks resumed in Geneva on Tuesday, mediators said.";
        assertEquals(0.0, WireCopy.similarity(WireCopy.signature(brief), WireCopy.signature(brief)));
    }

    @Test
    void signatureSurvivesStorageAsBytes() {
        Signature signature = WireCopy.signature(AGENCY);
        byte[] bytes = signature.toBytes();
        assertEquals(Signature.BYTES, bytes.length);
        assertEquals(signature, Signature.fromBytes(bytes));
        assertArrayEquals(bytes, Signature.fromBytes(bytes).toBytes());
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        String shouted = AGENCY.toUpperCase(java.util.Locale.ROOT).replace(",", "");
        assertTrue(WireCopy.isCopy(WireCopy.signature(AGENCY), WireCopy.signature(shouted)));
    }

    @Test
    void moreEqualMinimumsNeverFallBelowTheThreshold() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            int a = shingleCount(random);
            int b = shingleCount(random);
            if (a < WireCopy.MIN_SHINGLES || b < WireCopy.MIN_SHINGLES) {
                continue;
            }
            for (int same = 0; same < WireCopy.HASHES; same++) {
                int equal = same;
                assertTrue(WireCopy.similarity(a, b, same) < WireCopy.THRESHOLD
                        || WireCopy.similarity(a, b, same + 1) >= WireCopy.THRESHOLD,
                        () -> a + " and " + b + " shingles, " + equal + " equal minimums");
            }
        }
    }

    @Test
    void isCopyDecidesAsTheSimilarityDoes() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            int[] minimumsA = new int[WireCopy.HASHES];
            int[] minimumsB = new int[WireCopy.HASHES];
            int same = random.nextInt(WireCopy.HASHES + 1);
            // Minimums that differ only above the low four bits pass the quick count: none of them, a few, or many.
            int lookAlikes = new int[] {0, 1, 16}[random.nextInt(3)];
            for (int i = 0; i < WireCopy.HASHES; i++) {
                minimumsA[i] = random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt();
                minimumsB[i] = i < same ? minimumsA[i]
                        : random.nextInt(32) < lookAlikes ? minimumsA[i] ^ (1 + random.nextInt(0xFFFFFFF)) << 4
                        : minimumsA[i] ^ (1 + random.nextInt(0xF));
            }
            shuffleTogether(minimumsA, minimumsB, random);
            Signature a = new Signature(shingleCount(random), minimumsA);
            Signature b = new Signature(shingleCount(random), minimumsB);
            assertEquals(WireCopy.similarity(a, b) >= WireCopy.THRESHOLD, WireCopy.isCopy(a, b),
                    () -> a.shingles() + " and " + b.shingles() + " shingles, " + same + " equal minimums");
        }
    }

    @Test
    void sameLowNibblesCountsMinimumsWhoseLowFourBitsAgree() {
        Random random = new Random(13);
        for (int n = 0; n < 10_000; n++) {
            int[] minimumsA = new int[WireCopy.HASHES];
            int[] minimumsB = new int[WireCopy.HASHES];
            int expected = 0;
            for (int i = 0; i < WireCopy.HASHES; i++) {
                minimumsA[i] = random.nextInt();
                minimumsB[i] = random.nextBoolean() ? minimumsA[i] ^ random.nextInt(16) << (4 * random.nextInt(8))
                        : random.nextInt();
                expected += (minimumsA[i] & 0xF) == (minimumsB[i] & 0xF) ? 1 : 0;
            }
            Signature a = new Signature(100, minimumsA);
            Signature b = new Signature(100, minimumsB);
            assertEquals(expected, a.sameLowNibbles(b));
            assertEquals(expected, b.sameLowNibbles(a));
        }
    }

    /** Mostly counts of real articles, and now and then an edge: too short, just enough, or beyond any text. */
    private static int shingleCount(Random random) {
        int[] edges = {0, 1, WireCopy.MIN_SHINGLES - 1, WireCopy.MIN_SHINGLES, WireCopy.MIN_SHINGLES + 1,
            Integer.MAX_VALUE, Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2 + 1, 1 << 20};
        int kind = random.nextInt(10);
        if (kind == 0) {
            return edges[random.nextInt(edges.length)];
        }
        if (kind == 1) {
            return random.nextInt(Integer.MAX_VALUE);
        }
        return WireCopy.MIN_SHINGLES + random.nextInt(kind < 6 ? 400 : 5_000);
    }

    private static void shuffleTogether(int[] a, int[] b, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = a[i];
            a[i] = a[j];
            a[j] = swap;
            swap = b[i];
            b[i] = b[j];
            b[j] = swap;
        }
    }
}
