package wirewatch.statement;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A speaker as a reader names them when asking for their statements: the canonical name, any alias pinned under
 * {@code people:} or learned from articles, or the surname alone. Names are compared without case, accents, a
 * leading article or extra spaces, so {@code peskov}, {@code Dmitry PESKOV} and {@code the Kremlin spokesman} (when
 * pinned) all find {@code Dmitry Peskov}, and {@code Albares} finds {@code José Manuel Albares}. A stored speaker
 * that is itself an alias of the person asked for (stored before the full name was known) is found too. Immutable
 * and thread-safe.
 */
public final class SpeakerQuery {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final String asked;
    /** The folded names the query stands for: itself and the canonical names it is an alias of. */
    private final Set<String> names;
    /** Folded alias to folded canonical name, pinned entries over learned ones. */
    private final Map<String, String> canonical;

    private SpeakerQuery(String asked, Set<String> names, Map<String, String> canonical) {
        this.asked = asked;
        this.names = names;
        this.canonical = canonical;
    }

    /**
     * The query {@code name}, resolved through {@code people} (canonical name to pinned aliases, as in feeds.yml)
     * and {@code learned} (alias to canonical name, as the store keeps them).
     */
    public static SpeakerQuery of(String name, Map<String, List<String>> people, Map<String, String> learned) {
        Map<String, String> table = new HashMap<>();
        learned.forEach((alias, person) -> table.put(fold(alias), fold(person)));
        people.forEach((person, aliases) -> {
            table.put(fold(person), fold(person));
            aliases.forEach(alias -> table.put(fold(alias), fold(person)));
        });
        String asked = fold(name);
        Set<String> names = new HashSet<>();
        names.add(asked);
        String person = table.get(asked);
        if (person != null) {
            names.add(person);
        }
        return new SpeakerQuery(asked, names, Map.copyOf(table));
    }

    /** Whether the stored speaker is the one asked for; an absent speaker never is. */
    public boolean matches(@Nullable String speaker) {
        if (speaker == null) {
            return false;
        }
        String name = fold(speaker);
        String person = canonical.getOrDefault(name, name);
        return names.contains(name) || names.contains(person) || isSurname(name) || isSurname(person);
    }

    /** A one-word query names a person by the last word of their name: Peskov for Dmitry Peskov. */
    private boolean isSurname(String name) {
        return !asked.isEmpty() && asked.indexOf(' ') < 0 && name.endsWith(" " + asked);
    }

    /** Lower case, accents removed, typographic apostrophes plain, spaces single, no leading article. */
    static String fold(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        folded = SPACES.matcher(folded).replaceAll(" ").trim();
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (folded.startsWith(article)) {
                return folded.substring(article.length());
            }
        }
        return folded;
    }

    @Override
    public String toString() {
        return "SpeakerQuery[" + asked + "]";
    }
}
