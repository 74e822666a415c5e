package wirewatch.store;

/** Another live wirewatch process holds the store for writing. */
public final class StoreLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message);
    }
}
