package wirewatch.tui;

/** The pane that has the keyboard. */
enum Focus {
    WATCHES, MATCHES, ARTICLE;

    Focus next() {
        return values()[(ordinal() + 1) % values().length];
    }

    Focus previous() {
        return values()[(ordinal() + values().length - 1) % values().length];
    }
}
