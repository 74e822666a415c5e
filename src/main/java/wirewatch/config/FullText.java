package wirewatch.config;

/** When to fetch an item's linked page for its full text. */
public enum FullText {
    /** Fetch the page when the feed item is thin (a teaser). */
    AUTO,
    /** Always fetch the page. */
    ALWAYS,
    /** Never fetch the page; use the feed's text alone. */
    NEVER
}
