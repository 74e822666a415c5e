package wirewatch.match;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The MinHash signature of an article's text, as {@link WireCopy} computes it: how many distinct word shingles
 * the text has, and the minimum hash of those shingles under each of {@link WireCopy#HASHES} hash functions.
 * Immutable; {@link #toBytes()} gives {@value #BYTES} bytes for storage and {@link #fromBytes} reads them back.
 */
public final class Signature {
    /** Size of {@link #toBytes()}: the shingle count and one int per hash function. */
    public static final int BYTES = Integer.BYTES * (1 + WireCopy.HASHES);

    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

    private final int shingles;
    private final int[] minimums;
    /** The low byte of each minimum, eight to a long: see {@link #sameBytesAtLeast}. */
    private final long[] lowBytes;

    Signature(int shingles, int[] minimums) {
        if (minimums.length != WireCopy.HASHES || shingles < 0) {
            throw new IllegalArgumentException("a signature has " + WireCopy.HASHES + " minimums and a shingle count"
                    + " of at least 0, not " + minimums.length + " and " + shingles);
        }
        this.shingles = shingles;
        this.minimums = minimums.clone();
        this.lowBytes = new long[WireCopy.HASHES / Long.BYTES];
        for (int i = 0; i < WireCopy.HASHES; i++) {
            lowBytes[i / Long.BYTES] |= (minimums[i] & 0xFFL) << (8 * (i % Long.BYTES));
        }
    }

    /** Reads a signature written by {@link #toBytes()}. */
    public static Signature fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a signature is " + BYTES + " bytes, not " + bytes.length);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int shingles = in.getInt();
        int[] minimums = new int[WireCopy.HASHES];
        for (int i = 0; i < minimums.length; i++) {
            minimums[i] = in.getInt();
        }
        return new Signature(shingles, minimums);
    }

    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(BYTES);
        out.putInt(shingles);
        for (int minimum : minimums) {
            out.putInt(minimum);
        }
        return out.array();
    }

    /** How many distinct word shingles the text had; 0 for a text shorter than one shingle. */
    public int shingles() {
        return shingles;
    }

    int minimum(int hash) {
        return minimums[hash];
    }

    /**
     * How many hash functions give the two signatures minimums with the same low byte: at least as many as give
     * them the same minimum, so a count under what a decision needs rules the pair out without reading the
     * minimums, at a quarter of the memory.
     */
    int sameLowBytes(Signature other) {
        int same = 0;
        for (int i = 0; i < lowBytes.length; i++) {
            long x = lowBytes[i] ^ other.lowBytes[i];
            // The high bit of each byte of y is set exactly when that byte of x is zero.
            long y = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
            same += Long.bitCount(y);
        }
        return same;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature && ((Signature) other).shingles == shingles
                && Arrays.equals(((Signature) other).minimums, minimums);
    }

    @Override
    public int hashCode() {
        return 31 * shingles + Arrays.hashCode(minimums);
    }

    @Override
    public String toString() {
        return "Signature[shingles=" + shingles + "]";
    }
}
