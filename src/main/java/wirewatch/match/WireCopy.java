package wirewatch.match;

import java.util.Arrays;

/**
 * Tells when two articles carry the same wire copy: the same agency story run by several outlets, perhaps under
 * another headline, with a changed dateline or a trimmed ending. Works on the text alone: the body is cut into
 * overlapping runs of {@value #SHINGLE_WORDS} lower-cased words (shingles), and a MinHash signature of
 * {@value #HASHES} hashes estimates how many shingles two texts share.
 *
 * <p>{@link #similarity} is the estimated share of the shorter text's shingles found in the longer one
 * (containment), not the Jaccard index, so that a copy trimmed to its first paragraphs still scores high.
 *
 * <p><b>Threshold.</b> {@value #THRESHOLD} was chosen from the cases in {@code WireCopyTest}, a 190-word agency
 * story against its variants: the last paragraph cut scored 0.98, a changed dateline 0.99, a changed dateline
 * plus two reworded phrases 0.93; a different story on the same event, sharing names, places and stock phrases
 * ("told reporters", "President Vladimir Putin had approved"), scored 0.07, and an unrelated story 0.0. Half-way
 * leaves a wide margin on both sides: a copy must lose about half its shingles to an edit before it is missed. Texts under {@value #MIN_SHINGLES} shingles (about 40 words) are too short
 * to tell and never count as copies. Stateless and thread-safe.
 */
public final class WireCopy {
    /** The number of hash functions in a signature. */
    public static final int HASHES = 128;
    /** Words per shingle: long enough that shared stock phrases rarely make two stories look alike. */
    static final int SHINGLE_WORDS = 5;
    /** The similarity from which two texts count as one wire copy. */
    public static final double THRESHOLD = 0.5;
    /** Below this many shingles a text is too short to compare. */
    static final int MIN_SHINGLES = 36;

    private static final long[] SEEDS = seeds();

    private WireCopy() {
    }

    /** The signature of a text (usually an article's body). */
    public static Signature signature(String text) {
        long[] shingles = shingles(words(text));
        int[] minimums = new int[HASHES];
        Arrays.fill(minimums, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int hash = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (hash < minimums[i]) {
                    minimums[i] = hash;
                }
            }
        }
        return new Signature(shingles.length, minimums);
    }

    /**
     * The estimated share, from 0 to 1, of the shorter text's shingles that the longer text also has; 0 when
     * either text is too short to compare.
     */
    public static double similarity(Signature a, Signature b) {
        if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES) {
            return 0;
        }
        return similarity(a.shingles(), b.shingles(), countSame(a, b));
    }

    /**
     * Whether two signatures belong to the same wire copy: exactly {@code similarity(a, b) >= THRESHOLD}. Most pairs
     * a lookup checks fall far short, and the minimums whose low four bits agree, at least as many as the equal
     * minimums and quicker to count, already tell: a count that falls short of the threshold means every smaller
     * count does too.
     */
    public static boolean isCopy(Signature a, Signature b) {
        if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES) {
            return false;
        }
        return similarity(a.shingles(), b.shingles(), a.sameLowNibbles(b)) >= THRESHOLD
                && similarity(a.shingles(), b.shingles(), countSame(a, b)) >= THRESHOLD;
    }

    /** The similarity of two texts of these shingle counts whose signatures have {@code same} equal minimums. */
    static double similarity(int shinglesA, int shinglesB, int same) {
        double jaccard = same / (double) HASHES;
        double shared = jaccard * (shinglesA + shinglesB) / (1 + jaccard);
        return Math.min(1, shared / Math.min(shinglesA, shinglesB));
    }

    private static int countSame(Signature a, Signature b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a.minimum(i) == b.minimum(i)) {
                same++;
            }
        }
        return same;
    }

    /** Hashes of the lower-cased words (runs of letters and digits) of a text. */
    private static long[] words(String text) {
        long[] words = new long[Math.max(16, text.length() / 5)];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            long hash = 0xcbf29ce484222325L;
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                hash = (hash ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
                i++;
            }
            if (i > start) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = hash;
            }
        }
        return Arrays.copyOf(words, count);
    }

    /** The distinct shingle hashes. */
    private static long[] shingles(long[] words) {
        if (words.length < SHINGLE_WORDS) {
            return new long[0];
        }
        long[] shingles = new long[words.length - SHINGLE_WORDS + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = 0;
            for (int w = 0; w < SHINGLE_WORDS; w++) {
                hash = mix(hash * 31 + words[start + w]);
            }
            shingles[start] = hash;
        }
        return Arrays.stream(shingles).distinct().toArray();
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
