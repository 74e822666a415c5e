package wirewatch.statement;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The content-word stems of one quote, as {@link VariantMatcher#stems} gives them: an immutable set of words, each
 * with the number {@link VariantMatcher} gave it, kept in the order of those numbers, with a 64-bit summary of them.
 * A story's statements are compared pair by pair thousands of times a round: two such sets are intersected in one walk
 * over numbers, and two that share no word are mostly told apart by their summaries alone. Numbers are only
 * comparable within one {@code generation} of the matcher's word table; sets of different generations, or sets built
 * from plain words, are compared by their words.
 */
final class Stems extends AbstractSet<String> {
    /** The generation of sets whose words have no numbers. */
    private static final int UNNUMBERED = -1;

    private final String[] words;
    private final int[] numbers;
    private final int generation;
    private final long summary;

    private Stems(String[] words, int[] numbers, int generation) {
        this.words = words;
        this.numbers = numbers;
        this.generation = generation;
        long bits = 0;
        for (int n : numbers) {
            bits |= 1L << (n & 63);
        }
        this.summary = generation == UNNUMBERED ? -1L : bits;
    }

    /** The set of these distinct words with their numbers, all of one generation of the word table. */
    static Stems numbered(List<String> words, int[] numbers, int generation) {
        Integer[] order = new Integer[words.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(numbers[a], numbers[b]));
        String[] sortedWords = new String[order.length];
        int[] sortedNumbers = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedWords[i] = words.get(order[i]);
            sortedNumbers[i] = numbers[order[i]];
        }
        return new Stems(sortedWords, sortedNumbers, generation);
    }

    /** Any set of words as stems: itself when it is one, else its words without numbers. */
    static Stems from(Set<String> set) {
        if (set instanceof Stems stems) {
            return stems;
        }
        String[] sorted = set.toArray(new String[0]);
        Arrays.sort(sorted);
        return new Stems(sorted, new int[sorted.length], UNNUMBERED);
    }

    /** How many words the two share. */
    int shared(Stems other) {
        if (!comparableWith(other)) {
            int same = 0;
            for (String word : words) {
                same += other.contains(word) ? 1 : 0;
            }
            return same;
        }
        if ((summary & other.summary) == 0) {
            return 0;
        }
        int[] a = numbers;
        int[] b = other.numbers;
        int i = 0;
        int j = 0;
        int same = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                same++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return same;
    }

    /**
     * Weighted similarity as {@link VariantMatcher#similarity(Set, Set, java.util.function.ToDoubleFunction)}
     * defines it, the sums taken in one walk over both sets.
     */
    double[] weighed(Stems other, java.util.function.ToDoubleFunction<String> weight) {
        double common = 0;
        double mine = 0;
        double theirs = 0;
        if (!comparableWith(other)) {
            for (String word : words) {
                double w = weight.applyAsDouble(word);
                mine += w;
                common += other.contains(word) ? w : 0;
            }
            for (String word : other.words) {
                theirs += weight.applyAsDouble(word);
            }
            return new double[] {common, mine, theirs};
        }
        int[] a = numbers;
        int[] b = other.numbers;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i == a.length || j < b.length && b[j] < a[i]) {
                theirs += weight.applyAsDouble(other.words[j++]);
                continue;
            }
            double w = weight.applyAsDouble(words[i]);
            mine += w;
            if (j < b.length && a[i] == b[j]) {
                common += w;
                theirs += w;
                j++;
            }
            i++;
        }
        return new double[] {common, mine, theirs};
    }

    private boolean comparableWith(Stems other) {
        return generation == other.generation && generation != UNNUMBERED;
    }

    @Override
    public boolean contains(Object o) {
        for (String word : words) {
            if (word.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public boolean isEmpty() {
        return words.length == 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                return words[next++];
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Stems other && comparableWith(other)) {
            return Arrays.equals(numbers, other.numbers);
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
