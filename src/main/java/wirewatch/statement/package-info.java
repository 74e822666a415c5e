/** Who said what: quotes, reported speech, speakers, aliases, variant groups and word diffs. Pure. */
@NullMarked
package wirewatch.statement;

import org.jspecify.annotations.NullMarked;
