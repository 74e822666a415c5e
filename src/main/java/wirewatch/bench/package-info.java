/**
 * The performance harness and quality evaluation behind {@code wirewatch bench}: synthetic corpora, timed
 * runs and scoring against annotated files. It reads files and runs thread pools, so it stays out of the pure core.
 */
@NullMarked
package wirewatch.bench;

import org.jspecify.annotations.NullMarked;
