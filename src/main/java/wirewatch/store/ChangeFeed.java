package wirewatch.store;

/**
 * News that events were committed to a store, by this process or another, handed to a {@link Listener} as it
 * comes: how a dashboard that does not poll follows the one that does. A feed that does not push
 * ({@link #pushes()} false) tells nothing, and its reader looks at {@link Outbox#lastEventSeq} itself. Whoever
 * starts a feed closes it.
 */
public interface ChangeFeed extends AutoCloseable {

    /** A feed that tells nothing: the reader looks for itself. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public boolean pushes() {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** Told on the feed's own thread; each call must return at once. */
    interface Listener {
        /** Events up to {@code seq} are committed and can be read. */
        void committed(long seq);

        /** The feed lost its way to the store; {@code why} says what happened and when it tries again. */
        void lost(String why);

        /** The feed listens, at first or again after {@link #lost}: whatever was committed before must be read from the store. */
        void listening();
    }

    /** Whether news is pushed to the listener; if not, the reader must look at the store for news itself. */
    boolean pushes();

    @Override
    void close();
}
