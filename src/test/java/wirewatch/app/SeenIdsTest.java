package wirewatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
    private static final Instant T0 = Instant.parse("2025-03-13T14:02:11Z");

    @Test
    void markFollowsIdsTakenInWithoutAGap() {
        SeenIds seen = new SeenIds(10);
        assertTrue(seen.add(11));
        assertTrue(seen.add(12));
        seen.settle(T0);
        assertEquals(12, seen.mark());
        assertFalse(seen.add(12));
    }

    @Test
    void gapHoldsTheMarkUntilItsRowShowsUp() {
        SeenIds seen = new SeenIds(10);
        seen.add(12);
        seen.settle(T0);
        assertEquals(10, seen.mark());
        assertFalse(seen.add(12), "taken in already, when read again past the mark");
        assertTrue(seen.add(11));
        seen.settle(T0.plusSeconds(1));
        assertEquals(12, seen.mark());
    }

    @Test
    void gapIsGivenUpOnceWaitedOnLongEnough() {
        SeenIds seen = new SeenIds(10);
        seen.add(12);
        seen.settle(T0);
        seen.add(14);
        seen.settle(T0.plus(SeenIds.GAP_WAIT).minusSeconds(1));
        assertEquals(10, seen.mark());
        seen.settle(T0.plus(SeenIds.GAP_WAIT));
        assertEquals(12, seen.mark(), "13 was missing only since 14 was seen");
        assertTrue(seen.add(13));
        seen.settle(T0.plus(SeenIds.GAP_WAIT).plusSeconds(1));
        assertEquals(14, seen.mark());
    }

    @Test
    void idsAtOrBelowTheMarkAreOld() {
        SeenIds seen = new SeenIds(10);
        assertFalse(seen.add(10));
        assertFalse(seen.add(3));
    }
}
