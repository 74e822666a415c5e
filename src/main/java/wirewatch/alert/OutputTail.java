package wirewatch.alert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last bytes a hook wrote, kept in a fixed ring so that a hook flooding its output costs a bounded amount of
 * memory however much it writes. Counts every byte. Not thread-safe: one reader fills it.
 */
final class OutputTail {
    private final byte[] ring;
    private long total;

    OutputTail(int capacityBytes) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacityBytes);
        }
        this.ring = new byte[capacityBytes];
    }

    /** Reads what the stream has ready now, without blocking, and returns how many bytes that was. */
    long readAvailable(InputStream in, byte[] buffer) throws IOException {
        long read = 0;
        int ready;
        while ((ready = in.available()) > 0) {
            int n = in.read(buffer, 0, Math.min(ready, buffer.length));
            if (n < 0) {
                break;
            }
            append(buffer, n);
            read += n;
        }
        return read;
    }

    void append(byte[] bytes, int length) {
        // Bytes that the rest of this chunk would overwrite anyway are counted, not copied.
        int from = Math.max(0, length - ring.length);
        total += from;
        for (int i = from; i < length; i++) {
            ring[(int) (total % ring.length)] = bytes[i];
            total++;
        }
    }

    long totalBytes() {
        return total;
    }

    /** The kept bytes as UTF-8 text; a character cut in half at the start becomes a replacement character. */
    String text() {
        int kept = (int) Math.min(total, ring.length);
        byte[] ordered = new byte[kept];
        int start = (int) ((total - kept) % ring.length);
        for (int i = 0; i < kept; i++) {
            ordered[i] = ring[(start + i) % ring.length];
        }
        return new String(ordered, StandardCharsets.UTF_8);
    }

    boolean isTruncated() {
        return total > ring.length;
    }
}
