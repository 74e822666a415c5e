package wirewatch.config;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * The characters of a YAML document already in memory, as the YAML scanner reads them. SnakeYAML's own
 * {@link StreamReader} reads 1 KiB at a time and copies everything it holds unread on every read, so a token that
 * spans many reads (a 4 MB comment line) costs the square of its length: seconds for a few megabytes. Here the
 * whole document is one array and peeking ahead costs nothing. Lines, columns and the end-of-text {@code '\0'}
 * follow {@link StreamReader} exactly. Not thread-safe: one per parse.
 */
final class YamlText extends StreamReader {
    private static final String NAME = "'reader'";

    private final int[] points;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    YamlText(String text) {
        super("");
        this.points = text.codePoints().toArray();
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, points, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < points.length; i++) {
            int c = points[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && pointer < points.length && points[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        return at < points.length ? points[at] : '\0';
    }

    @Override
    public String prefix(int length) {
        return new String(points, pointer, Math.max(0, Math.min(length, points.length - pointer)));
    }

    /** Like {@link StreamReader}: the scanner only calls this on text without line breaks. */
    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
