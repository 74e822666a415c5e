package wirewatch.store;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into one-line messages that name the file and the fix. */
final class StoreErrors {
    private StoreErrors() {
    }

    /** The store file is damaged: the message names the damage and the two commands that deal with it. */
    static StoreException damaged(String file, String problem, @Nullable Throwable cause) {
        String message = file + " is damaged (" + problem + "); 'wirewatch store check' lists the damage, "
                + "'wirewatch store recover OUT' copies what is readable into a new store";
        return cause == null ? new StoreException(message) : new StoreException(message, cause);
    }

    static StoreException translate(String file, String doing, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        String base = code == null ? "" : code.name();
        String message;
        if (base.startsWith("SQLITE_FULL")) {
            message = file + ": disk full while " + doing + "; free some space (nothing was lost)";
        } else if (base.startsWith("SQLITE_NOTADB")) {
            message = file + " is not a SQLite database, so not a wirewatch store; it was left as it is: pass --db "
                    + "FILE to use another file";
        } else if (base.startsWith("SQLITE_CORRUPT")) {
            return damaged(file, "SQLite found it corrupt while " + doing, e);
        } else if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN")
                || base.startsWith("SQLITE_PERM") || base.startsWith("SQLITE_AUTH")) {
            message = file + " cannot be written (read-only file or folder); fix its permissions or pass --db FILE";
        } else if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            message = file + " is locked by another program; stop it or pass --db FILE";
        } else if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
            // SQLite rolls a transaction back by itself when a write fails for want of space (or an I/O error)
            // while its pages are flushed at commit; what reaches us then is only the commit's complaint.
            message = file + ": SQLite rolled back a write while " + doing + " (disk full or an I/O error); free "
                    + "some space or check the disk (nothing stored before was lost)";
        } else if (base.startsWith("SQLITE_IOERR")) {
            message = file + ": I/O error while " + doing + " (" + e.getMessage() + "); check the disk";
        } else {
            message = file + ": store failure while " + doing + ": " + e.getMessage();
        }
        return new StoreException(message, e);
    }
}
