package wirewatch.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Makes untrusted feed and page text safe and tidy to show, match and pass to hooks.
 *
 * <p>{@link #clean} removes terminal escape sequences (CSI {@code ESC [ …}, OSC {@code ESC ] … BEL/ST}, DCS and
 * other string sequences, their 8-bit C1 forms), C0 and C1 control characters other than newline and tab, and
 * normalises whitespace: paragraphs are separated by exactly {@code "\n\n"}, every other run of whitespace becomes
 * one space, and the text is trimmed. {@link #fromHtml} first turns HTML into text (entities decoded, tags dropped,
 * block elements as paragraphs), then cleans it, so control characters sent as character references such as
 * {@code &#27;} are removed too. All methods are pure and thread-safe; none returns null.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    /** Plain text with escape sequences and control characters removed and whitespace normalised. */
    public static String clean(String text) {
        return normalise(text, true);
    }

    /** Like {@link #clean}, but on one line: paragraph breaks become spaces, as titles and hook variables need. */
    public static String line(String text) {
        return normalise(text, false);
    }

    /** The text of an HTML fragment or page: tags dropped, entities decoded, paragraphs kept, then {@link #clean}ed. */
    public static String fromHtml(String html) {
        if (html.indexOf('<') < 0) {
            // No markup: keep the author's line breaks, only decode entities.
            return clean(html.indexOf('&') < 0 ? html : Parser.unescapeEntities(html, false));
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        return clean(BlockText.of(fragment.body()));
    }

    private static String normalise(String text, boolean paragraphs) {
        int n = text.length();
        // Char arrays, not charAt and a StringBuilder: charAt checks bounds on every call, and appending the first
        // non-Latin-1 character would copy the builder.
        char[] in = text.toCharArray();
        char[] out = new char[n];
        int length = 0;
        int newlines = 0;
        boolean space = false;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (EscapeSequences.isIntroducer(c)) {
                i = EscapeSequences.end(text, i);
                continue;
            }
            i++;
            if (c == ' ') {
                space = true;
            } else if (c == '\n' || c == '\u2028' || c == '\r' && (i >= n || in[i] != '\n')) {
                newlines++;
            } else if (c == '\u2029') {
                newlines += 2;
            } else if (c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else if (!isDropped(c)) {
                if (length > 0 && (space || newlines > 0)) {
                    if (newlines >= 2 && paragraphs) {
                        out[length++] = '\n';
                        out[length++] = '\n';
                    } else {
                        out[length++] = ' ';
                    }
                }
                newlines = 0;
                space = false;
                out[length++] = c;
            }
        }
        String cleaned = new String(out, 0, length);
        return cleaned.equals(text) ? text : cleaned;
    }

    private static boolean isDropped(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFEFF';
    }
}
