/** Commands, output formats and exit codes; the only place that touches standard streams and exit. */
@NullMarked
package wirewatch.cli;

import org.jspecify.annotations.NullMarked;
