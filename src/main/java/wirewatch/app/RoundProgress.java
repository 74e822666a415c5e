package wirewatch.app;

/**
 * Told how a round of {@link Engine#runOnce} goes: when a feed's poll starts on a worker, and when the feed is
 * recorded. Called on worker threads and on the thread running the round: implementations are thread-safe.
 */
public interface RoundProgress {
    /** Told nothing. */
    RoundProgress NONE = new RoundProgress() {
        @Override
        public void polling(String feed) {
        }

        @Override
        public void recorded(String feed) {
        }
    };

    void polling(String feed);

    void recorded(String feed);
}
