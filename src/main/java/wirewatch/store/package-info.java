/**
 * Persistence: the Store and its roles (ledger, outbox, read model, archive), their SQL, and the two databases it
 * lives in: a SQLite file with its lock, or PostgreSQL; one schema and migration history for both.
 */
@NullMarked
package wirewatch.store;

import org.jspecify.annotations.NullMarked;
