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

    private final int shingles;
    private final int[] minimums;

    Signature(int shingles, int[] minimums) {
        if (minimums.length != WireCopy.HASHES || shingles < 0) {
            throw new IllegalArgumentException("a signature has " + WireCopy.HASHES + " minimums and a shingle count"
                    + " of at least 0, not " + minimums.length + " and " + shingles);
        }
        this.shingles = shingles;
        this.minimums = minimums.clone();
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
