/** The Lanterna dashboard: renders a read model fed by events and paged from the store. */
@NullMarked
package wirewatch.tui;

import org.jspecify.annotations.NullMarked;
