package wirewatch.store;

/** Sizes the status line shows: articles stored, matches, statements, and hook deliveries that failed for good. */
public record ArchiveCounts(long articles, long matches, long statements, long failedDeliveries) {
}
