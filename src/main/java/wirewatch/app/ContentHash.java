package wirewatch.app;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import wirewatch.event.EventIds;
import wirewatch.feed.Article;

/**
 * A fingerprint of what a reader would call an article's content, blind to changes that are not edits: whitespace,
 * Unicode re-encoding (NFKC), typographic quotes and dashes, "Updated 14:02 GMT" style timestamp lines, and
 * tracking parameters in the link. Two versions with the same hash are the same article; a different hash is a
 * revision candidate.
 */
final class ContentHash {
    private static final Pattern TIMESTAMP_LINE = Pattern.compile(
            "(?im)^\\s*(last\\s+)?(updated|published|modified|posted)\\b[^\\n]{0,60}$");
    /** Query parameters that say who sent the reader, not what they read; compared in lower case. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "ocid", "cmpid", "rss", "ref");
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_", "mc_");

    private ContentHash() {
    }

    static String of(Article article) {
        return EventIds.of(normalize(article.title()), normalize(article.body()));
    }

    /**
     * The text as compared for revisions. Stored hashes depend on it: a change here makes every stored article look
     * edited, so the shortcuts below give exactly what the plain chain of replacements gives.
     */
    static String normalize(String text) {
        String folded = isPlainNfkc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        char[] chars = folded.toCharArray();
        if (mayHoldTimestampLine(chars)) {
            chars = TIMESTAMP_LINE.matcher(typographic(folded)).replaceAll("").toCharArray();
        }
        int length = collapseSpace(chars);
        int start = 0;
        while (start < length && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (length > start && Character.isWhitespace(chars[length - 1])) {
            length--;
        }
        return new String(chars, start, length - start);
    }

    /**
     * True when the text is made only of characters NFKC leaves as they are and that combine with nothing: ASCII,
     * the C1 controls, and typographic quotes and dashes. Most feed text is, and checking is far cheaper than
     * asking the normaliser.
     */
    private static boolean isPlainNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 && typographic(c) == c) {
                return false;
            }
        }
        return true;
    }

    /** Typographic quotes and dashes as their ASCII forms, a no-break space as a space. */
    private static String typographic(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typographic(chars[i]);
        }
        return new String(chars);
    }

    private static char typographic(char c) {
        if (c < 0xA0) {
            return c;
        }
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2013', '\u2014' -> '-';
            case '\u00A0' -> ' ';
            default -> c;
        };
    }

    /** False when {@link #TIMESTAMP_LINE} cannot match: none of its words is there, in any case. */
    private static boolean mayHoldTimestampLine(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = (char) (chars[i] | 0x20);
            if (c == 'u' && startsAt(chars, i, "updated")
                    || c == 'p' && (startsAt(chars, i, "published") || startsAt(chars, i, "posted"))
                    || c == 'm' && startsAt(chars, i, "modified")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case ASCII word starts at {@code at}, ASCII letters in either case, as the regex's (?i). */
    private static boolean startsAt(char[] chars, int at, String word) {
        if (at + word.length() > chars.length) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            char c = chars[at + j];
            if (c != word.charAt(j) && c != Character.toUpperCase(word.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Typographic characters as {@link #typographic(char)} has them, then each run of regex whitespace
     * ({@code \\s}: space, tab, line feed, vertical tab, form feed, return) as one space.
     */
    private static int collapseSpace(char[] chars) {
        int length = 0;
        int i = 0;
        while (i < chars.length) {
            char c = typographic(chars[i++]);
            if (!isRegexSpace(c)) {
                chars[length++] = c;
                continue;
            }
            while (i < chars.length && isRegexSpace(typographic(chars[i]))) {
                i++;
            }
            chars[length++] = ' ';
        }
        return length;
    }

    private static boolean isRegexSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /**
     * The link as a key for cross-feed duplicates: OkHttp's canonical form of an http(s) URL (lower-case scheme and
     * host whatever the default locale, IDN hosts in punycode, default port dropped, percent-escapes re-encoded with
     * upper-case hex), without user info, fragment and tracking parameters. Anything else comes back stripped.
     */
    static String canonicalUrl(String url) {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            return url.strip();
        }
        HttpUrl.Builder canonical = parsed.newBuilder().username("").password("").fragment(null).query(null);
        List<String> segments = parsed.pathSegments();
        for (int i = 0; i < segments.size(); i++) {
            canonical.setPathSegment(i, segments.get(i));
        }
        for (int i = 0; i < parsed.querySize(); i++) {
            String name = parsed.queryParameterName(i);
            if (!name.isEmpty() && !isTracking(name)) {
                canonical.addQueryParameter(name, parsed.queryParameterValue(i));
            }
        }
        return canonical.build().toString();
    }

    private static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TRACKING.contains(lower) || TRACKING_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
