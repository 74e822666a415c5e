package wirewatch.tui;

import org.jspecify.annotations.Nullable;

/**
 * How a read-only dashboard starts polling once the process that polled lets the store go. Called on the screen
 * thread at every frame while the dashboard is read-only, so it must return at once.
 */
@FunctionalInterface
public interface Takeover {
    /** The controls of an engine now polling this store, or null while another process still holds it. */
    @Nullable Controls tryNow();
}
