package wirewatch.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into one-line messages that name the file and the fix. */
final class StoreErrors {
    private StoreErrors() {
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
            message = file + " is damaged (SQLite found it corrupt while " + doing + "); 'wirewatch store recover "
                    + "OUT' copies what is readable into a new store";
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
