package wirewatch.store;

/** A watch with how many matches it has and how many of them are unseen. */
public record WatchCount(String watch, int matches, int unseen) {
}
