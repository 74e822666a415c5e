package wirewatch.statement;

/**
 * A top-level quotation in a text: {@code open} is the offset of the opening mark, {@code close} the offset just
 * past the closing mark (or the paragraph end when the mark is never closed), and the content lies between
 * {@code contentStart} and {@code contentEnd}. {@code paragraphs} is more than one when the quote runs on.
 */
record QuoteSpan(int open, int close, int contentStart, int contentEnd, int paragraphs) {

    boolean contains(int offset) {
        return offset >= open && offset < close;
    }
}
