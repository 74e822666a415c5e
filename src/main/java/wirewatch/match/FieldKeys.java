package wirewatch.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The {@link Requirement.Key}s of one field, with their postings: whole words in a hash map, wildcard starts in
 * sorted order. Immutable.
 */
final class FieldKeys {
    private final Map<BytesRef, int[]> words;
    private final BytesRef[] prefixes;
    private final int[][] prefixPostings;

    private FieldKeys(Map<BytesRef, int[]> words, TreeMap<BytesRef, int[]> prefixes) {
        this.words = words;
        this.prefixes = prefixes.keySet().toArray(new BytesRef[0]);
        this.prefixPostings = prefixes.values().toArray(new int[0][]);
    }

    /** Groups postings by field. */
    static Map<String, FieldKeys> of(Map<Requirement.Key, List<Integer>> postings) {
        Map<String, Map<BytesRef, int[]>> words = new HashMap<>();
        Map<String, TreeMap<BytesRef, int[]>> prefixes = new HashMap<>();
        postings.forEach((key, ids) -> {
            int[] list = ids.stream().mapToInt(Integer::intValue).toArray();
            words.computeIfAbsent(key.field(), f -> new HashMap<>());
            prefixes.computeIfAbsent(key.field(), f -> new TreeMap<>());
            (key.prefix() ? prefixes.get(key.field()) : words.get(key.field())).put(new BytesRef(key.text()), list);
        });
        Map<String, FieldKeys> out = new HashMap<>();
        words.forEach((field, map) -> out.put(field, new FieldKeys(map, prefixes.get(field))));
        return out;
    }

    /**
     * Hands {@code found} the postings of every key present among {@code terms}, each once. The terms come sorted,
     * as are the wildcard starts, so one merged walk finds both: a start that sorts before the current word and is
     * not its prefix can start no later word either.
     */
    void present(TermsEnum terms, Consumer<int[]> found) throws IOException {
        int next = 0;
        for (BytesRef word = terms.next(); word != null; word = terms.next()) {
            int[] postings = words.get(word);
            if (postings != null) {
                found.accept(postings);
            }
            while (next < prefixes.length && prefixes[next].compareTo(word) <= 0) {
                if (StringHelper.startsWith(word, prefixes[next])) {
                    found.accept(prefixPostings[next]);
                }
                next++;
            }
        }
    }
}
