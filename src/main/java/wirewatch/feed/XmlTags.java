package wirewatch.feed;

/**
 * Walks the start and end tags of XML text in one linear pass, without building anything, skipping comments, CDATA
 * sections, processing instructions and the DOCTYPE. It reads malformed and cut-off text as far as it goes, so it
 * serves where a parser has refused the document. A cursor: not thread-safe, one per walk.
 */
final class XmlTags {
    enum Kind { START, END, EMPTY }

    private final String text;
    private int at;
    private Kind kind = Kind.EMPTY;
    private String name = "";
    private int start;
    private int end;

    XmlTags(String text, int from) {
        this.text = text;
        this.at = from;
    }

    /** How deep the elements of the text nest: the most start tags open at once. */
    static int deepest(String text) {
        XmlTags tags = new XmlTags(text, 0);
        int depth = 0;
        int deepest = 0;
        while (tags.next()) {
            if (tags.kind() == Kind.START) {
                deepest = Math.max(deepest, ++depth);
            } else if (tags.kind() == Kind.END) {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** Moves to the next tag; false when there is none, or the text ends inside it. */
    boolean next() {
        int n = text.length();
        while (at < n) {
            int lt = text.indexOf('<', at);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c = text.charAt(lt + 1);
            if (c == '!' || c == '?') {
                at = endOfMarkup(lt);
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(text.charAt(nameEnd), nameEnd == nameStart)) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                // A '<' that starts no tag.
                at = lt + 1;
                continue;
            }
            int gt = closing ? text.indexOf('>', nameEnd) : endOfStartTag(nameEnd);
            if (gt < 0) {
                break;
            }
            name = text.substring(nameStart, nameEnd);
            kind = closing ? Kind.END : text.charAt(gt - 1) == '/' ? Kind.EMPTY : Kind.START;
            start = lt;
            end = gt + 1;
            at = end;
            return true;
        }
        at = n;
        return false;
    }

    Kind kind() {
        return kind;
    }

    /** The tag's qualified name as written, prefix included. */
    String name() {
        return name;
    }

    /** Index of the tag's {@code <}. */
    int start() {
        return start;
    }

    /** Index after the tag's {@code >}. */
    int end() {
        return end;
    }

    /** The index after a comment, CDATA section, processing instruction or declaration starting at {@code lt}. */
    private int endOfMarkup(int lt) {
        if (text.startsWith("<!--", lt)) {
            return after(lt + 4, "-->");
        }
        if (text.startsWith("<![CDATA[", lt)) {
            return after(lt + 9, "]]>");
        }
        if (text.charAt(lt + 1) == '?') {
            return after(lt + 2, "?>");
        }
        int gt = text.indexOf('>', lt);
        int subset = text.indexOf('[', lt);
        if (subset >= 0 && (gt < 0 || subset < gt)) {
            // A DOCTYPE's internal subset holds declarations of its own.
            return after(after(subset, "]") - 1, ">");
        }
        return gt < 0 ? text.length() : gt + 1;
    }

    private int after(int from, String token) {
        int found = text.indexOf(token, from);
        return found < 0 ? text.length() : found + token.length();
    }

    /** The index of the {@code >} ending a start tag, quoted attribute values skipped, or -1. */
    private int endOfStartTag(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = text.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        if (Character.isLetter(c) || c == '_' || c == ':') {
            return true;
        }
        return !first && (Character.isDigit(c) || c == '-' || c == '.');
    }
}
