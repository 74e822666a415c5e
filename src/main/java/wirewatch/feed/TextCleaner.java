package wirewatch.feed;

import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Makes untrusted feed and page text safe and tidy to show, match and pass to hooks.
 *
 * <p>{@link #clean} removes terminal escape sequences (CSI {@code ESC [ …}, OSC {@code ESC ] … BEL/ST}, DCS and
 * other string sequences, their 8-bit C1 forms, found by {@link TerminalText}), C0 and C1 control characters
 * other than newline and tab, and normalises whitespace: paragraphs are separated by exactly {@code "\n\n"}, every
 * other run of whitespace becomes one space, and the text is trimmed. Bidirectional controls are kept: they are
 * part of right-to-left text, and {@link TerminalText} deals with them where text reaches a terminal.
 * {@link #fromHtml} first turns HTML into text (entities decoded, tags dropped, block elements as paragraphs), then
 * cleans it, so control characters sent as character references such as {@code &#27;} are removed too. All
 * methods are pure and thread-safe; none returns null.
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
        String simple = SimpleHtml.text(html);
        return simple != null ? clean(simple) : fromHtmlParsed(html);
    }

    /** {@link #fromHtml} through jsoup's tree, whatever the markup. */
    static String fromHtmlParsed(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        return clean(BlockText.of(fragment.body()));
    }

    private static String normalise(String text, boolean paragraphs) {
        int n = text.length();
        // Char arrays, not charAt and a StringBuilder: charAt checks bounds on every call, and appending the first
        // non-Latin-1 character would copy the builder. A paragraph separator, one char, gives two line breaks.
        char[] in = text.toCharArray();
        char[] out = new char[2 * n];
        int length = 0;
        int newlines = 0;
        boolean space = false;
        int i = 0;
        while (i < n) {
            char c = in[i];
            boolean plain = c > ' ' && c < 0x7F;
            if (!plain && TerminalText.isIntroducer(c)) {
                i = TerminalText.end(text, i);
                continue;
            }
            i++;
            if (plain || !isSpace(c) && !isLineBreak(c, in, i) && !isDropped(c)) {
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
            } else if (c == '\u2029') {
                newlines += 2;
            } else if (isLineBreak(c, in, i)) {
                newlines++;
            } else if (isSpace(c)) {
                space = true;
            }
        }
        if (length == n && Arrays.equals(in, 0, n, out, 0, n)) {
            return text;
        }
        return new String(out, 0, length);
    }

    /** A line feed, line separator, or a carriage return not followed by a line feed ({@code next} is after it). */
    private static boolean isLineBreak(char c, char[] in, int next) {
        return c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (next >= in.length || in[next] != '\n');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isDropped(char c) {
        return TerminalText.isControl(c) || c == '\uFEFF';
    }
}
