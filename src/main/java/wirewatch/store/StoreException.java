package wirewatch.store;

/**
 * The store cannot be used: locked by another process, read-only, full or corrupt. The message is one line that
 * names the file and the fix; the file is left as it was.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
