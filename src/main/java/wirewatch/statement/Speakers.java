package wirewatch.statement;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Speakers that may be absent, as keys: names compare without regard to case, and absence is its own key. */
public final class Speakers {
    private Speakers() {
    }

    /** The speaker as a lookup key: the name in lower case, or the empty string when absent. */
    public static String key(@Nullable String speaker) {
        return speaker == null ? "" : speaker.toLowerCase(Locale.ROOT);
    }
}
