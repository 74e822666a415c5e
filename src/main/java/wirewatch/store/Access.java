package wirewatch.store;

/** How a handle reaches its store file. */
enum Access {
    /** Reads and writes; this process holds the file's lock. */
    WRITE,
    /** Reads beside a writer, through SQLite's WAL files, which the folder must let it create. */
    READ,
    /**
     * Reads a file in a folder this process cannot write: SQLite's {@code immutable} mode, which needs no WAL or
     * shared-memory file, and so sees only what the last writer checkpointed into the file.
     */
    READ_FROZEN;

    boolean isWritable() {
        return this == WRITE;
    }
}
