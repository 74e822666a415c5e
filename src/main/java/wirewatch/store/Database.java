package wirewatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections to one store's database, lent for one piece of work at a time. Writes are serialised; reads may run
 * beside them. A {@link SQLException} from the work comes back as a {@link StoreException} that names the database
 * and what was being done.
 */
interface Database {

    /** Work on a lent connection; the connection stays the lender's. */
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T read(String doing, SqlWork<T> work);

    <T> T write(String doing, SqlWork<T> work);
}
