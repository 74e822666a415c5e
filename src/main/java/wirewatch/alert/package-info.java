/** Shell hooks: runs the user's commands for events, with timeouts, bounded output and retries. */
@NullMarked
package wirewatch.alert;

import org.jspecify.annotations.NullMarked;
