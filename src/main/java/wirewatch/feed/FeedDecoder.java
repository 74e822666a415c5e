package wirewatch.feed;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Turns a feed's bytes into text, choosing the charset the way a forgiving reader must: a byte order mark wins, then
 * the XML declaration, then the Content-Type charset, then UTF-8. Bytes that are invalid in the chosen charset do
 * not fail the feed: they are read as UTF-8 when they are mostly valid UTF-8 (the invalid sequences alone become
 * U+FFFD), else as windows-1252, and a problem says so.
 * Thread-safe.
 */
final class FeedDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Single-byte labels that servers and generators use for text that is really windows-1252 or UTF-8. */
    private static final Set<Charset> WESTERN = Set.of(StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            WINDOWS_1252);

    /** Reads only the XML declaration. One per thread: the StAX factory contract does not promise thread safety. */
    private final ThreadLocal<XMLInputFactory> declarations =
            ThreadLocal.withInitial(FeedDecoder::newDeclarationReader);

    /** The decoded text and what had to be worked around to get it. */
    record Decoded(String text, Charset charset, List<String> problems) {
    }

    Decoded decode(byte[] body, @Nullable String contentType) {
        int bom = bomLength(body);
        if (bom > 0) {
            Charset charset = bomCharset(body);
            return new Decoded(decodeReplacing(body, bom, charset), charset, List.of());
        }
        String declared = declaredEncoding(body);
        Charset chosen = charsetOf(declared);
        if (chosen == null) {
            chosen = contentTypeCharset(contentType);
        }
        if (chosen == null) {
            chosen = utf16WithoutBom(body);
        }
        return decodeLeniently(body, chosen == null ? StandardCharsets.UTF_8 : chosen);
    }

    private Decoded decodeLeniently(byte[] body, Charset chosen) {
        if (WESTERN.contains(chosen)) {
            // Generators often label UTF-8 as ISO-8859-1; real Western text is almost never valid multi-byte UTF-8.
            Decoded utf8 = hasHighBytes(body) ? mostlyUtf8(body) : null;
            if (utf8 != null) {
                List<String> problems = new ArrayList<>();
                if (!chosen.equals(StandardCharsets.US_ASCII)) {
                    problems.add("declared " + chosen.name() + " but the bytes are UTF-8; read as UTF-8");
                }
                problems.addAll(utf8.problems());
                return new Decoded(utf8.text(), StandardCharsets.UTF_8, problems);
            }
            // As browsers do, ISO-8859-1 and ASCII labels mean windows-1252 (curly quotes rather than C1 controls).
            return new Decoded(decodeReplacing(body, 0, WINDOWS_1252), WINDOWS_1252, List.of());
        }
        String text = decodeStrictly(body, chosen);
        if (text != null) {
            return new Decoded(text, chosen, List.of());
        }
        if (!chosen.equals(StandardCharsets.UTF_8)) {
            String utf8 = decodeStrictly(body, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8,
                        List.of("bytes are not valid " + chosen.name() + " but are UTF-8; read as UTF-8"));
            }
            return new Decoded(decodeReplacing(body, 0, chosen), chosen,
                    List.of("bytes are not valid " + chosen.name() + "; replaced the invalid ones"));
        }
        Decoded utf8 = mostlyUtf8(body);
        return utf8 != null ? utf8 : new Decoded(decodeReplacing(body, 0, WINDOWS_1252), WINDOWS_1252,
                List.of("bytes are not valid UTF-8; read as windows-1252"));
    }

    /**
     * The bytes as UTF-8, each invalid sequence replaced by U+FFFD, when they hold more valid multi-byte characters
     * than invalid sequences; else null. One stray byte in a UTF-8 feed then costs one character, not every accent
     * and curly quote of the feed, while text that is really windows-1252 (no valid multi-byte character) is left
     * for that charset.
     */
    private static @Nullable Decoded mostlyUtf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                invalid++;
            } else if (c >= 0x80) {
                valid++;
            }
        }
        if (valid <= invalid) {
            return null;
        }
        List<String> problems = invalid == 0 ? List.of() : List.of(invalid + (invalid == 1
                ? " invalid UTF-8 byte sequence" : " invalid UTF-8 byte sequences") + " replaced by U+FFFD");
        return new Decoded(text, StandardCharsets.UTF_8, problems);
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /** UTF-16 without a byte order mark shows as {@code <} and {@code ?} with a zero byte beside each. */
    private static @Nullable Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private @Nullable String declaredEncoding(byte[] body) {
        if (body.length < 5 || body[0] != '<' || body[1] != '?') {
            return null;
        }
        try {
            // The declaration is at most a few dozen bytes; the prefix keeps a huge body from being scanned here.
            XMLStreamReader reader = declarations.get().createXMLStreamReader(
                    new ByteArrayInputStream(body, 0, Math.min(body.length, 512)));
            try {
                return reader.getCharacterEncodingScheme();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException unreadable) {
            // An unknown encoding name or a broken declaration: fall through to the other sources.
            return null;
        }
    }

    private static @Nullable Charset contentTypeCharset(@Nullable String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? null : type.charset(null);
    }

    private static @Nullable Charset charsetOf(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String decodeStrictly(byte[] body, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor is far faster and replaces only what is invalid: no replacement character
            // means the bytes were valid (a real U+FFFD in the feed goes the strict way below).
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }

    private static String decodeReplacing(byte[] body, int offset, Charset charset) {
        return new String(body, offset, body.length - offset, charset);
    }

    /** DTDs are off in case a reader goes further than asked. */
    private static XMLInputFactory newDeclarationReader() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
