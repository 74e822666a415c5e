package wirewatch.tui;

/** A piece of a word diff: text kept, deleted or inserted. */
record Segment(Op op, String text) {
    enum Op { EQUAL, DELETE, INSERT }
}
