package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

    /** Shorter surnames are too alike for spellings to be told from different names. */
    private static final int MIN_SPELLED = 6;
    /** Letters two spellings of a surname of {@value #MIN_SPELLED} or more letters always share. */
    private static final int STEM = MIN_SPELLED - 2;

    private final Map<String, String> pinned;
    private final Map<String, String> learned;
    private volatile @Nullable Map<String, List<String>> surnames;

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

    /**
     * The canonical person whose name is this one spelled another way: {@code Volodymyr Zelenskyy} and {@code Zelenskiy}
     * find {@code Volodymyr Zelensky}. Surnames match by {@link #sameSpelling}; a given first name must agree.
     */
    Optional<String> spelledLike(String name) {
        String[] parts = key(name).split(" ");
        String last = parts[parts.length - 1];
        if (last.length() < MIN_SPELLED) {
            return Optional.empty();
        }
        for (String canonical : bySurnameStart().getOrDefault(last.substring(0, STEM), List.of())) {
            String[] theirs = key(canonical).split(" ");
            boolean firstAgrees = parts.length == 1 || theirs.length == 1 || theirs[0].equals(parts[0]);
            if (firstAgrees && sameSpelling(theirs[theirs.length - 1], last)) {
                return Optional.of(canonical);
            }
        }
        return Optional.empty();
    }

    /** Transliterations differ in a letter or two at the end: Zelensky, Zelenskyy, Zelenskiy. */
    static boolean sameSpelling(String a, String b) {
        if (a.length() < MIN_SPELLED || b.length() < MIN_SPELLED || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(a.length(), b.length()) - 2;
    }

    /** Canonical names by the first letters of their surname, built when first asked for. */
    private Map<String, List<String>> bySurnameStart() {
        Map<String, List<String>> index = surnames;
        if (index == null) {
            index = new java.util.HashMap<>();
            for (Map<String, String> table : List.of(pinned, learned)) {
                for (String canonical : new java.util.LinkedHashSet<>(table.values())) {
                    String[] parts = key(canonical).split(" ");
                    String last = parts[parts.length - 1];
                    if (last.length() >= MIN_SPELLED) {
                        index.computeIfAbsent(last.substring(0, STEM), x -> new java.util.ArrayList<>())
                                .add(canonical);
                    }
                }
            }
            surnames = index;
        }
        return index;
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
    public boolean equals(Object o) {
        return o instanceof Aliases other && pinned.equals(other.pinned) && learned.equals(other.learned);
    }

    @Override
    public int hashCode() {
        return pinned.hashCode() * 31 + learned.hashCode();
    }

    @Override
    public String toString() {
        return "Aliases[" + pinned.size() + " pinned, " + learned.size() + " learned]";
    }
}
