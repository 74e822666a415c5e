package wirewatch.match;

/**
 * One hit in one field, as Lucene reports it: offsets into that field's text, and the analysed term when a single
 * term matched (empty for a phrase, a proximity or a wildcard, whose words are found afterwards).
 */
record FieldHit(String field, int start, int end, String term) {
}
