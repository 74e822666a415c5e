package wirewatch.match;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A hash map from {@code long} keys to values, for hot lookups over many keys: open addressing with linear probing
 * in two arrays, so a lookup boxes nothing and reads a slot and its neighbours instead of a chain of nodes, each
 * with its own key object. At most half full; never shrinks. Not thread-safe.
 */
final class LongTable<V> {
    private static final int MIN_CAPACITY = 16;

    private long[] keys = new long[MIN_CAPACITY];
    /** The value of each slot; {@code null} marks a free slot, so every key, 0 included, can be stored. */
    private @Nullable Object[] values = new Object[MIN_CAPACITY];
    private int shift = Long.SIZE - Integer.numberOfTrailingZeros(MIN_CAPACITY);
    private int size;

    /** The value of a key, {@code null} when the key has none. */
    @SuppressWarnings("unchecked")
    @Nullable V get(long key) {
        for (int i = slot(key); values[i] != null; i = next(i)) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Sets the value of a key, replacing any it had. */
    void put(long key, V value) {
        requireNonNull(value, "value");
        int i = slot(key);
        while (values[i] != null) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = next(i);
        }
        keys[i] = key;
        values[i] = value;
        if (++size > values.length / 2) {
            grow();
        }
    }

    /** Removes a key and its value, if it has one. */
    void remove(long key) {
        int gap = slot(key);
        while (values[gap] != null && keys[gap] != key) {
            gap = next(gap);
        }
        if (values[gap] == null) {
            return;
        }
        // Close the gap: move back each key of the run after it whose home slot is not between the gap and the key,
        // so that every key stays reachable from its home without a tombstone.
        for (int i = next(gap); values[i] != null; i = next(i)) {
            if (distance(slot(keys[i]), i) >= distance(gap, i)) {
                keys[gap] = keys[i];
                values[gap] = values[i];
                gap = i;
            }
        }
        values[gap] = null;
        size--;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        @Nullable Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        shift--;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i]);
                while (values[j] != null) {
                    j = next(j);
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    /** The home slot of a key: the top bits of its product with the golden ratio (Fibonacci hashing). */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private int next(int slot) {
        return (slot + 1) & (keys.length - 1);
    }

    /** How many steps forward, wrapping around, lead from one slot to another. */
    private int distance(int from, int to) {
        return (to - from) & (keys.length - 1);
    }
}
