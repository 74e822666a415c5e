package wirewatch.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers the signatures of recent articles and finds the one a new article copies. Signatures are filed under
 * {@value #BANDS} bands of {@value #ROWS} hashes (locality-sensitive hashing), so a lookup compares only articles
 * that share a band, not all of them: two texts with a Jaccard index of 0.3 share a band with probability 0.998,
 * unrelated ones almost never. Candidates are then checked with {@link WireCopy#isCopy}, each once per lookup.
 *
 * <p>A band shared by {@value #STOCK} filed articles is a stock key: boilerplate (a standing disclaimer, a stock
 * background paragraph) that many unrelated articles carry. It is neither probed nor filed under any more, so a
 * lookup never checks the hundreds of articles a stock sentence links; a real copy shares most of its bands with its
 * original, and those are its own words.
 *
 * <p>Bounded: beyond {@code capacity} articles the oldest are forgotten. Thread-safe (methods synchronise on the
 * index; a lookup takes microseconds).
 */
public final class WireCopyIndex {
    /** A default capacity: a day or two of a busy subscription list. */
    public static final int DEFAULT_CAPACITY = 50_000;
    static final int ROWS = 2;
    static final int BANDS = WireCopy.HASHES / ROWS;
    /** Articles filed under one band from which it counts as stock; see the class comment. */
    static final int STOCK = 32;

    private final int capacity;
    private final Map<String, Entry> byId = new HashMap<>();
    private final ArrayDeque<Entry> oldestFirst = new ArrayDeque<>();
    /** The articles filed under each band key, oldest first. */
    private final LongTable<Entry[]> buckets = new LongTable<>();
    /** Keys found to be stock; at most {@code capacity} of them. */
    private final Set<Long> stock = new HashSet<>();
    private long nextSequence;
    /** Lookups made so far; an entry's {@code checkedIn} names the last that checked it. */
    private long lookups;

    public WireCopyIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    public WireCopyIndex() {
        this(DEFAULT_CAPACITY);
    }

    /** Files an article's signature; an id already filed keeps its first signature. */
    public synchronized void add(String articleId, Signature signature) {
        if (byId.containsKey(articleId)) {
            return;
        }
        Entry entry = new Entry(articleId, signature, nextSequence++);
        byId.put(articleId, entry);
        oldestFirst.addLast(entry);
        for (int band = 0; band < BANDS; band++) {
            long key = key(signature, band);
            if (stock.contains(key)) {
                continue;
            }
            Entry[] bucket = buckets.get(key);
            bucket = bucket == null ? new Entry[] {entry} : append(bucket, entry);
            if (bucket.length < STOCK) {
                buckets.put(key, bucket);
                continue;
            }
            buckets.remove(key);
            if (stock.size() >= capacity) {
                // Bounded like the rest: what was stock long ago is learned again if it still is.
                stock.clear();
            }
            stock.add(key);
        }
        while (oldestFirst.size() > capacity) {
            forget(oldestFirst.removeFirst());
        }
    }

    /** The earliest filed article whose text this signature copies, if any. */
    public synchronized Optional<String> findCopy(Signature signature) {
        Entry earliest = null;
        long lookup = ++lookups;
        for (int band = 0; band < BANDS; band++) {
            // Oldest first in each bucket: past the first copy found, none is earlier.
            Entry[] bucket = buckets.get(key(signature, band));
            if (bucket == null) {
                continue;
            }
            for (Entry candidate : bucket) {
                if (earliest != null && candidate.sequence >= earliest.sequence) {
                    break;
                }
                if (candidate.checkedIn != lookup && WireCopy.isCopy(signature, candidate.signature)) {
                    earliest = candidate;
                    break;
                }
                candidate.checkedIn = lookup;
            }
        }
        return Optional.ofNullable(earliest).map(entry -> entry.id);
    }

    /**
     * Unfiles an article, as when the batch that filed it did not commit; bands it made stock stay stock, as they
     * would once it was forgotten.
     */
    public synchronized void remove(String articleId) {
        Entry entry = byId.get(articleId);
        if (entry != null) {
            oldestFirst.remove(entry);
            forget(entry);
        }
    }

    /** Whether an article's signature is filed. */
    public synchronized boolean contains(String articleId) {
        return byId.containsKey(articleId);
    }

    /**
     * The keys of the bands a signature is filed and looked up under: a copy shares at least one with its original
     * (see the class comment), so two writers that each lock their articles' keys before looking up and filing
     * never miss each other's copies.
     */
    public static List<Long> bandKeys(Signature signature) {
        List<Long> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            keys.add(key(signature, band));
        }
        return keys;
    }

    /** How many articles the index holds. */
    public synchronized int size() {
        return byId.size();
    }

    private void forget(Entry entry) {
        byId.remove(entry.id);
        for (int band = 0; band < BANDS; band++) {
            long key = key(entry.signature, band);
            Entry[] bucket = buckets.get(key);
            // Absent where the band was or became stock.
            int at = bucket == null ? -1 : Arrays.asList(bucket).indexOf(entry);
            if (at >= 0 && bucket.length == 1) {
                buckets.remove(key);
            } else if (at >= 0) {
                buckets.put(key, without(bucket, at));
            }
        }
    }

    private static Entry[] without(Entry[] bucket, int at) {
        Entry[] rest = Arrays.copyOf(bucket, bucket.length - 1);
        System.arraycopy(bucket, at + 1, rest, at, rest.length - at);
        return rest;
    }

    private static Entry[] append(Entry[] bucket, Entry entry) {
        Entry[] grown = Arrays.copyOf(bucket, bucket.length + 1);
        grown[bucket.length] = entry;
        return grown;
    }

    private static long key(Signature signature, int band) {
        long key = band;
        for (int row = 0; row < ROWS; row++) {
            key = key * 0x9E3779B97F4A7C15L + signature.minimum(band * ROWS + row);
        }
        return key;
    }

    private static final class Entry {
        final String id;
        final Signature signature;
        final long sequence;
        long checkedIn;

        Entry(String id, Signature signature, long sequence) {
            this.id = id;
            this.signature = signature;
            this.sequence = sequence;
        }
    }
}
