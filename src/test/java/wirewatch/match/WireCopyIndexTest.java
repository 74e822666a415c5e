package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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
