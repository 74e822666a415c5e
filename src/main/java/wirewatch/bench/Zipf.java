package wirewatch.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws words from a list ranked by frequency, the word of rank {@code r} with a weight of {@code 1 / r^s}: the
 * shape of how often names and topics occur in news, a few very often and a long tail rarely. Immutable; the
 * caller's {@link Random} makes the draws repeatable.
 */
final class Zipf {
    private final List<String> words;
    private final double[] cumulative;

    Zipf(List<String> words, double exponent) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words to draw from");
        }
        this.words = List.copyOf(words);
        this.cumulative = new double[words.size()];
        double sum = 0;
        for (int rank = 1; rank <= words.size(); rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
    }

    String draw(Random random) {
        double at = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, at);
        return words.get(found >= 0 ? found : Math.min(words.size() - 1, -found - 1));
    }

    int size() {
        return words.size();
    }
}
