package wirewatch.config;

/** A node of a parsed feeds.yml that remembers where it was written, so every message can point at it. */
sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    Location location();

    /** What this node is, for messages: "a map", "a list", "the value '5m'". */
    String description();
}
