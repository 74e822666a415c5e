package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongTableTest {
    private final LongTable<String> table = new LongTable<>();

    @Test
    void findsWhatWasPut() {
        table.put(42, "answer");
        table.put(-7, "negative");
        assertEquals("answer", table.get(42));
        assertEquals("negative", table.get(-7));
        assertNull(table.get(43));
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        assertNull(table.get(0));
        table.put(0, "zero");
        assertEquals("zero", table.get(0));
        table.remove(0);
        assertNull(table.get(0));
    }

    @Test
    void putReplacesTheValueOfAKey() {
        table.put(Long.MIN_VALUE, "first");
        table.put(Long.MIN_VALUE, "second");
        assertEquals("second", table.get(Long.MIN_VALUE));
        assertEquals(1, table.size());
    }

    @Test
    void removingAnAbsentKeyChangesNothing() {
        table.put(1, "one");
        table.remove(2);
        assertEquals("one", table.get(1));
        assertEquals(1, table.size());
    }

    @Test
    void agreesWithAHashMapOverManyPutsAndRemoves() {
        // Few distinct keys and many operations: runs of neighbouring slots form, move at each resize, wrap around
        // the end of the table and lose keys from their middles, which is where open addressing goes wrong.
        long[] keys = new long[2_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = i * 1_024L;
        }
        keys[1] = Long.MIN_VALUE;
        keys[2] = Long.MAX_VALUE;
        keys[3] = -1;
        Map<Long, String> expected = new HashMap<>();
        Random random = new Random(3);
        for (int n = 0; n < 200_000; n++) {
            long key = keys[random.nextInt(keys.length)];
            if (random.nextInt(3) == 0) {
                expected.remove(key);
                table.remove(key);
            } else {
                expected.put(key, "v" + n);
                table.put(key, "v" + n);
            }
            if (n % 1_000 == 0) {
                assertSameAs(expected, keys);
            }
        }
        assertSameAs(expected, keys);
    }

    private void assertSameAs(Map<Long, String> expected, long[] keys) {
        for (long key : keys) {
            assertEquals(expected.get(key), table.get(key), () -> "key " + key);
        }
        assertEquals(expected.size(), table.size());
    }
}
