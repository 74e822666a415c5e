package wirewatch.store;

/** A store of an earlier schema opened read-only: it needs a writable open, which migrates it, first. */
final class SchemaBehindException extends StoreException {
    private static final long serialVersionUID = 1L;

    SchemaBehindException(String message) {
        super(message);
    }
}
