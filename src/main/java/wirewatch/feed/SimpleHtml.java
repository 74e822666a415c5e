package wirewatch.feed;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * The text of the HTML most feed items carry, read without building a document: paragraphs, line breaks, lists,
 * links and emphasis, properly nested. It gives what {@link BlockText} gives from jsoup's tree once cleaned (block
 * elements as blank lines, {@code <br>} as a line break, entities decoded as jsoup decodes them); anything it does
 * not know for sure (another tag, a comment, misnesting that HTML's tree building would repair, a {@code <} that
 * starts no tag) makes it answer null, and the caller parses the fragment with jsoup. Pure and thread-safe.
 */
final class SimpleHtml {
    /** Elements jsoup lays out as blocks that may hold text and inline elements here. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "ul", "ol", "li", "h1", "h2", "h3",
            "h4", "h5", "h6");
    /** Elements jsoup lays out inline, that give no text of their own. */
    private static final Set<String> INLINE = Set.of("a", "b", "i", "u", "s", "em", "strong", "small", "span", "code",
            "cite", "abbr", "q", "sub", "sup", "mark", "time", "font");
    private static final Pattern ENTITIES = Pattern.compile("[^&]*(?:&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}"
            + "|#[xX][0-9a-fA-F]{1,6});[^&]*)*");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements with no content and no end tag. */
    private static final Set<String> VOID = Set.of("br", "img", "wbr");

    private SimpleHtml() {
    }

    /** The fragment's text before cleaning, or null when the fragment needs a real HTML parser. */
    static @Nullable String text(String html) {
        StringBuilder out = new StringBuilder(html.length());
        OpenElements open = new OpenElements();
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int end = tag < 0 ? html.length() : tag;
            if (!appendText(html, i, end, out)) {
                return null;
            }
            if (tag < 0) {
                return out.toString();
            }
            i = tag(html, tag, open, out);
            if (i < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * Appends the text between tags, entities decoded and source line breaks as spaces; false if it has a NUL or an
     * ampersand that does not start a whole reference ({@code &amp;}, {@code &#8217;}), which HTML reads by rules of
     * its own.
     */
    private static boolean appendText(String html, int start, int end, StringBuilder out) {
        if (start == end) {
            return true;
        }
        String text = html.substring(start, end);
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        if (text.indexOf('&') >= 0) {
            if (!ENTITIES.matcher(text).matches()) {
                return false;
            }
            text = Parser.unescapeEntities(text, false);
        }
        out.append(text.replace('\n', ' ').replace('\r', ' '));
        return true;
    }

    /** Reads the tag at {@code at}; returns the index after it, or -1 when it is not one this class reads. */
    private static int tag(String html, int at, OpenElements open, StringBuilder out) {
        boolean closing = at + 1 < html.length() && html.charAt(at + 1) == '/';
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
            return -1;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int close = closing ? endOfEndTag(html, nameEnd) : endOfStartTag(html, nameEnd);
        if (close < 0 || !closing && html.charAt(close - 1) == '/' && !VOID.contains(name)) {
            // <ul/> is an empty element to jsoup, though HTML has no such thing.
            return -1;
        }
        boolean fits = closing ? closes(name, open, out) : opens(name, open, out);
        return fits ? close + 1 : -1;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The index of the {@code >} ending a start tag's attributes, quoted values skipped; -1 if unusual. */
    private static int endOfStartTag(String html, int from) {
        if (from < html.length() && html.charAt(from) != '>' && html.charAt(from) != '/'
                && !Character.isWhitespace(html.charAt(from))) {
            return -1;
        }
        char previous = ' ';
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '"' || c == '\'') {
                // A quote opens a value only after '='; anywhere else HTML reads it otherwise.
                int quote = html.indexOf(c, i + 1);
                if (previous != '=' || quote < 0) {
                    return -1;
                }
                i = quote;
                previous = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<' || c == '\0') {
                return -1;
            } else if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return -1;
    }

    /** The index of the {@code >} ending an end tag, which may have spaces but no attributes; -1 otherwise. */
    private static int endOfEndTag(String html, int from) {
        int i = from;
        while (i < html.length() && (html.charAt(i) == ' ' || html.charAt(i) == '\t')) {
            i++;
        }
        return i < html.length() && html.charAt(i) == '>' ? i : -1;
    }

    private static boolean opens(String name, OpenElements open, StringBuilder out) {
        if (VOID.contains(name)) {
            if (name.equals("br")) {
                out.append('\n');
            }
            return true;
        }
        if (INLINE.contains(name)) {
            open.push(name);
            return true;
        }
        if (!BLOCKS.contains(name)) {
            return false;
        }
        if ("p".equals(open.peek()) && name.equals("p")) {
            // A paragraph ends where the next one starts.
            open.pop();
            out.append("\n\n");
        }
        if (!blockMayOpen(name, open)) {
            return false;
        }
        open.push(name);
        out.append("\n\n");
        return true;
    }

    /** Where HTML would move or close things around a new block, the tree needs a real parser. */
    private static boolean blockMayOpen(String name, OpenElements open) {
        if (open.holdsNoBlocks()) {
            return false;
        }
        boolean inList = "ul".equals(open.peek()) || "ol".equals(open.peek());
        return name.equals("li") == inList;
    }

    private static boolean closes(String name, OpenElements open, StringBuilder out) {
        if (!name.equals(open.peek())) {
            return false;
        }
        open.pop();
        if (BLOCKS.contains(name)) {
            out.append("\n\n");
        }
        return true;
    }

    /**
     * The elements open at the current tag, innermost first, and how many of them may hold no block: asking that
     * takes constant time, so deep nesting costs linear time, not the square of the depth.
     */
    private static final class OpenElements {
        private final Deque<String> names = new ArrayDeque<>();
        private int blockless;

        void push(String name) {
            names.push(name);
            if (holdsNoBlocks(name)) {
                blockless++;
            }
        }

        void pop() {
            if (holdsNoBlocks(names.pop())) {
                blockless--;
            }
        }

        @Nullable String peek() {
            return names.peek();
        }

        /** True when an inline element, a paragraph or a heading is open. */
        boolean holdsNoBlocks() {
            return blockless > 0;
        }

        private static boolean holdsNoBlocks(String name) {
            return INLINE.contains(name) || name.equals("p") || HEADINGS.contains(name);
        }
    }
}
