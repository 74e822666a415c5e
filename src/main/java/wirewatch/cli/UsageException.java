package wirewatch.cli;

/** A command was given arguments it cannot use (exit code 2), with a message that says what to give instead. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
