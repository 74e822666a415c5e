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

    /** Minimums per long in {@link #lowNibbles}. */
    private static final int NIBBLES = Long.SIZE / 4;
    /** The three low bits of each nibble of a long. */
    private static final long LOW_THREE = 0x7777777777777777L;

    private final int shingles;
    private final int[] minimums;
    /** The low four bits of each minimum, sixteen to a long: see {@link #sameLowNibbles}. */
    private final long[] lowNibbles;

    Signature(int shingles, int[] minimums) {
        if (minimums.length != WireCopy.HASHES || shingles < 0) {
            throw new IllegalArgumentException("a signature has " + WireCopy.HASHES + " minimums and a shingle count"
                    + " of at least 0, not " + minimums.length + " and " + shingles);
        }
        this.shingles = shingles;
        this.minimums = minimums.clone();
        this.lowNibbles = new long[WireCopy.HASHES / NIBBLES];
        for (int i = 0; i < WireCopy.HASHES; i++) {
            lowNibbles[i / NIBBLES] |= (minimums[i] & 0xFL) << (4 * (i % NIBBLES));
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
     * How many hash functions give the two signatures minimums with the same low four bits: at least as many as
     * give them the same minimum, so a count under what a decision needs rules the pair out from an eighth of the
     * memory that comparing the minimums reads.
     */
    int sameLowNibbles(Signature other) {
        int same = 0;
        for (int i = 0; i < lowNibbles.length; i++) {
            long x = lowNibbles[i] ^ other.lowNibbles[i];
            // The high bit of each nibble of y is set exactly when that nibble of x is zero.
            long y = ~(((x & LOW_THREE) + LOW_THREE) | x | LOW_THREE);
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
