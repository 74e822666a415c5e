package wirewatch.store;

/**
 * The connections of a SQLite handle, swapped once when a read-only handle takes the store over: the roles hold
 * this, so they follow the swap without being built again.
 */
final class Swappable implements Database {
    private volatile Connections current;

    Swappable(Connections current) {
        this.current = current;
    }

    Connections current() {
        return current;
    }

    void use(Connections connections) {
        current = connections;
    }

    @Override
    public <T> T read(String doing, SqlWork<T> work) {
        return current.read(doing, work);
    }

    @Override
    public <T> T write(String doing, SqlWork<T> work) {
        return current.write(doing, work);
    }
}
