package wirewatch.app;

import wirewatch.store.StoreException;

/**
 * Told when the store stops taking the engine's writes (a full disk, an I/O error) and when it takes them again;
 * once for each change, not for each failed write. Polling goes on meanwhile: what was not stored is fetched again.
 * Called on the engine's writer thread.
 */
public interface WriteListener {
    void stopped(StoreException cause);

    void resumed();
}
