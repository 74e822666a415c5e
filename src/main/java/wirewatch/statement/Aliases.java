package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table from the ways a speaker is named to one canonical name: {@code Putin}, {@code the Russian leader} →
 * {@code Vladimir Putin}. Pinned entries come from {@code people:} in feeds.yml and always win; learned entries are
 * added as articles are read ({@link #learn}) and can be exported ({@link #learned()}) and imported
 * ({@link #withLearned}) for persistence. Keys are matched case-insensitively, with a leading article, brackets and
 * typographic apostrophes ignored. Immutable and thread-safe; every change returns a new table.
 */
public final class Aliases {
    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\n\\r]");
    private static final Aliases NONE = new Aliases(Map.of(), Map.of());

    private final Map<String, String> pinned;
    private final Map<String, String> learned;

    private Aliases(Map<String, String> pinned, Map<String, String> learned) {
        this.pinned = pinned;
        this.learned = learned;
    }

    /** An empty table. */
    public static Aliases none() {
        return NONE;
    }

    /**
     * A table pinned from feeds.yml {@code people:}: canonical name → the aliases that name it. The canonical name
     * is an alias of itself.
     */
    public static Aliases pinned(Map<String, List<String>> people) {
        Map<String, String> table = new LinkedHashMap<>();
        people.forEach((canonical, names) -> {
            requireNonNull(canonical, "canonical name");
            table.put(key(canonical), canonical);
            for (String name : names) {
                table.put(key(name), canonical);
            }
        });
        return new Aliases(Collections.unmodifiableMap(table), Map.of());
    }

    /** This table with previously exported learned entries added back (pinned entries still win). */
    public Aliases withLearned(Map<String, String> entries) {
        return learn(entries);
    }

    /**
     * This table with new learned entries, alias → canonical. An alias already pinned or already learned keeps its
     * name, so a speaker's canonical name never changes once given.
     */
    public Aliases learn(Map<String, String> entries) {
        Map<String, String> next = null;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String k = key(e.getKey());
            if (k.isEmpty() || pinned.containsKey(k) || learned.containsKey(k)
                    || next != null && next.containsKey(k)) {
                continue;
            }
            if (next == null) {
                next = new LinkedHashMap<>(learned);
            }
            next.put(k, e.getValue());
        }
        return next == null ? this : new Aliases(pinned, Collections.unmodifiableMap(next));
    }

    /** The canonical name for an alias, pinned entries first. */
    public Optional<String> canonical(String alias) {
        String k = key(alias);
        String p = pinned.get(k);
        return Optional.ofNullable(p != null ? p : learned.get(k));
    }

    /** The canonical name for an alias when the user pinned it. */
    Optional<String> pinnedCanonical(String alias) {
        return Optional.ofNullable(pinned.get(key(alias)));
    }

    /** The learned entries, alias key → canonical name, in the order learned; for persistence. */
    public Map<String, String> learned() {
        return learned;
    }

    /** The normal form of an alias: lower case, no leading article, brackets or typographic apostrophes. */
    static String key(String alias) {
        String k = alias.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("[", "").replace("]", "")
                .replace("u.s.", "us").replace("u.k.", "uk").replace('\u00A0', ' ').trim();
        k = SPACES.matcher(k).replaceAll(" ");
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (k.startsWith(article)) {
                return k.substring(article.length());
            }
        }
        return k;
    }

    @Override
    public String toString() {
        return "Aliases[" + pinned.size() + " pinned, " + learned.size() + " learned]";
    }
}
