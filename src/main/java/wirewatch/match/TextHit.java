package wirewatch.match;

/** One occurrence of a query term in an article: chars [start, end) of {@link wirewatch.feed.Article#text()}. */
record TextHit(int start, int end, String term) implements Comparable<TextHit> {
    @Override
    public int compareTo(TextHit other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
