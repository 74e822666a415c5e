/** Watch rules compiled to Lucene queries, matched against articles, with snippets. Pure. */
@NullMarked
package wirewatch.match;

import org.jspecify.annotations.NullMarked;
