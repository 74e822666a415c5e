package wirewatch.app;

import java.net.URI;
import java.text.Normalizer;
import java.util.regex.Pattern;
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
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)(^|&)(utm_[a-z]+|fbclid|gclid|ocid|cmpid|at_[a-z]+|mc_[a-z]+|rss|ref)=[^&]*");

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
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (mayHoldTimestampLine(folded)) {
            folded = TIMESTAMP_LINE.matcher(typographic(folded)).replaceAll("");
        }
        return collapseSpace(folded).strip();
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
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2013', '\u2014' -> '-';
            case '\u00A0' -> ' ';
            default -> c;
        };
    }

    /** False when {@link #TIMESTAMP_LINE} cannot match: none of its words is there, in any case. */
    private static boolean mayHoldTimestampLine(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = (char) (chars[i] | 0x20);
            if (c == 'u' && text.regionMatches(true, i, "updated", 0, 7)
                    || c == 'p' && (text.regionMatches(true, i, "published", 0, 9)
                            || text.regionMatches(true, i, "posted", 0, 6))
                    || c == 'm' && text.regionMatches(true, i, "modified", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Typographic characters as {@link #typographic(char)} has them, then each run of regex whitespace
     * ({@code \\s}: space, tab, line feed, vertical tab, form feed, return) as one space.
     */
    private static String collapseSpace(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int length = 0;
        int i = 0;
        while (i < in.length) {
            char c = typographic(in[i++]);
            if (!isRegexSpace(c)) {
                out[length++] = c;
                continue;
            }
            while (i < in.length && isRegexSpace(typographic(in[i]))) {
                i++;
            }
            out[length++] = ' ';
        }
        return new String(out, 0, length);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The link without fragment and tracking parameters, lower-case host: the key for cross-feed duplicates. */
    static String canonicalUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return url.strip();
            }
            String query = uri.getRawQuery() == null ? "" : TRACKING.matcher(uri.getRawQuery()).replaceAll("");
            query = query.replaceAll("^&+|&+$", "");
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
