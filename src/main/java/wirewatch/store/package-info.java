/** Persistence: the Store interface and its SQLite implementation, schema, migrations and outbox. */
@NullMarked
package wirewatch.store;

import org.jspecify.annotations.NullMarked;
