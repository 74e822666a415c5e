/** Fetching and reading feeds: HTTP with conditional requests, Rome parsing, full-text extraction. */
@NullMarked
package wirewatch.feed;

import org.jspecify.annotations.NullMarked;
