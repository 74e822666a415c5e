/** The events wirewatch reports (DESIGN section 8) and their JSON form. Pure. */
@NullMarked
package wirewatch.event;

import org.jspecify.annotations.NullMarked;
