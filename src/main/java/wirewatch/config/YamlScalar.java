package wirewatch.config;

import static java.util.Objects.requireNonNull;

/**
 * A single YAML value, kept as the text the user wrote ({@code no} stays {@code "no"}, {@code 07} stays
 * {@code "07"}); {@code isNull} is true for {@code ~}, {@code null} or nothing after the colon.
 */
record YamlScalar(String text, boolean isNull, Location location) implements YamlNode {
    YamlScalar {
        requireNonNull(text, "text");
        requireNonNull(location, "location");
    }

    @Override
    public String description() {
        return isNull ? "no value" : "the value '" + text + "'";
    }
}
