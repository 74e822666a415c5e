package wirewatch.config;

/**
 * A feeds.yml that cannot be used. The message is one line naming the file, line and column, what is wrong and
 * the fix, e.g. {@code feeds.yml:14:5: unknown key 'evry' in feed 'guardian-world'; did you mean 'every'?}
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public static ConfigException at(Location where, String problem) {
        String prefix = where.toString();
        return new ConfigException(prefix.isEmpty() ? problem : prefix + ": " + problem);
    }
}
