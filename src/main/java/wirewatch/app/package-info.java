/** Wiring: builds the pipeline from config to events, owns executors, the clock and shutdown. */
@NullMarked
package wirewatch.app;

import org.jspecify.annotations.NullMarked;
