package wirewatch.match;

/**
 * Where a matched term sits in a snippet: chars [start, end). The event layer writes it as a {@code marks} pair.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
