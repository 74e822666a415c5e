package wirewatch.feed;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body under a byte limit that holds twice: on the wire, and again after decompression, so that
 * neither an endless body nor a gzip bomb (a small body that inflates to gigabytes) can exhaust memory. wirewatch
 * asks for gzip itself rather than letting OkHttp decode it transparently, because the transparent path hides the
 * wire size. Going over the limit is an {@link IOException} naming it.
 */
final class BoundedBody {
    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    private BoundedBody() {
    }

    /** Fails at once when the server declares a body longer than {@code limit}; {@code where} starts the message. */
    static void checkDeclared(ResponseBody body, int limit, String where) throws IOException {
        long declared = body.contentLength();
        if (declared > limit) {
            throw new IOException(where + ": body exceeds " + size(limit) + " limit (Content-Length " + declared + ")");
        }
    }

    /**
     * At most {@code limit + 1} bytes as they came over the wire, so that {@link #decode} can tell "at the limit"
     * from "over it". Transport failures propagate unchanged for the caller to describe.
     */
    static byte[] wire(ResponseBody body, int limit) throws IOException {
        return atMost(body.byteStream(), limit);
    }

    /**
     * The body decoded per its {@code Content-Encoding} (none, identity, gzip or deflate), failing with a message
     * that starts with {@code where} when the wire bytes or the decoded bytes exceed {@code limit}.
     */
    static byte[] decode(byte[] wire, @Nullable String contentEncoding, int limit, String where) throws IOException {
        if (wire.length > limit) {
            throw new IOException(where + ": body exceeds " + size(limit) + " limit");
        }
        if (contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.trim().equalsIgnoreCase("identity")) {
            return wire;
        }
        return decoded(wire, contentEncoding.trim().toLowerCase(Locale.ROOT), limit, where);
    }

    private static byte[] decoded(byte[] wire, String encoding, int limit, String where) throws IOException {
        byte[] decoded;
        try {
            decoded = switch (encoding) {
                case "gzip", "x-gzip" -> atMost(new GZIPInputStream(new ByteArrayInputStream(wire)), limit);
                case "deflate" -> inflated(wire, limit);
                default -> throw new IOException(where + ": unsupported Content-Encoding '" + encoding + "'");
            };
        } catch (ZipException | EOFException e) {
            throw new IOException(where + ": " + encoding + " body is corrupt: " + e.getMessage(), e);
        }
        if (decoded.length > limit) {
            throw new IOException(where + ": body exceeds " + size(limit) + " limit once decompressed ("
                    + encoding + ", " + size(wire.length) + " on the wire)");
        }
        return decoded;
    }

    /** HTTP's "deflate" is zlib-wrapped (RFC 9110 8.4.1.2), but some servers send raw deflate: accept both. */
    private static byte[] inflated(byte[] wire, int limit) throws IOException {
        try {
            return atMost(new InflaterInputStream(new ByteArrayInputStream(wire)), limit);
        } catch (ZipException zlibFailed) {
            Inflater raw = new Inflater(true);
            try {
                return atMost(new InflaterInputStream(new ByteArrayInputStream(wire), raw), limit);
            } finally {
                raw.end();
            }
        }
    }

    /** Up to {@code limit + 1} bytes, so that the caller can tell "exactly at the limit" from "over it". */
    private static byte[] atMost(InputStream in, int limit) throws IOException {
        try (in) {
            return in.readNBytes(limit + 1);
        }
    }

    /** A byte count the way limits are written: {@code 16 MiB}, {@code 512 KiB}, {@code 1000 bytes}. */
    static String size(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }
}
