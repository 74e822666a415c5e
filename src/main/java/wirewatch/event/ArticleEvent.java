package wirewatch.event;

/** An event about one article: hooks see that article's title, link and feed. */
public sealed interface ArticleEvent extends Event permits MatchEvent, StatementEvent, RevisionEvent {
    ArticleRef article();

    @Override
    default String title() {
        return article().title();
    }

    @Override
    default String url() {
        return article().url();
    }

    @Override
    default String feed() {
        return article().feed();
    }
}
