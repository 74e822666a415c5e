package wirewatch.tui;

/** What a piece of screen text is, which the {@link Palette} turns into colours or plain attributes. */
enum Style {
    PLAIN, DIM, STRONG, HEADER, TERM, DELETED, INSERTED, UNSEEN, REVISED, NEW_STATEMENTS, ERROR, KEY
}
