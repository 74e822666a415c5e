package wirewatch.config;

import java.util.Collection;
import java.util.List;

/** Lists the names a user could have meant, for messages; a long list is cut short. */
final class KnownNames {
    private static final int SHOWN = 8;

    private KnownNames() {
    }

    /** "did you mean 'x'?" when one is close, else "known NOUN are a, b, c" (or "there are no NOUN"). */
    static String suggest(String wrong, Collection<String> known, String noun) {
        return NearestName.suggest(wrong, known, list(known, noun));
    }

    static String list(Collection<String> known, String noun) {
        if (known.isEmpty()) {
            return "there are no " + noun + " yet";
        }
        List<String> names = known.stream().limit(SHOWN).toList();
        String more = known.size() > SHOWN ? ", … (" + known.size() + " in all)" : "";
        return "known " + noun + " are " + String.join(", ", names) + more;
    }
}
