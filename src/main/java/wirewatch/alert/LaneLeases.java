package wirewatch.alert;

/**
 * Which hooks' lanes this process delivers, where several processes share one outbox: each lane is leased to one of
 * them, so a hook still gets its events one at a time and in order. Thread-safe.
 */
public interface LaneLeases {
    /** One process delivers every lane. */
    LaneLeases ALL = new LaneLeases() {
        @Override
        public boolean holds(String hook) {
            return true;
        }

        @Override
        public boolean keep(String hook) {
            return true;
        }
    };

    /** Whether this process may deliver the hook's events now. */
    boolean holds(String hook);

    /**
     * Asked between two looks at a held lane, when none of its deliveries runs here: {@code false} when the lane
     * was given up (lost, or more than this process's share while another has room), and is not to be served.
     */
    boolean keep(String hook);
}
