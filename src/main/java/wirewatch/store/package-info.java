/**
 * Persistence: the Store and its roles (ledger, outbox, read model, archive), their SQL, and the SQLite file with
 * its schema, migrations and lock.
 */
@NullMarked
package wirewatch.store;

import org.jspecify.annotations.NullMarked;
