package wirewatch.statement;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Comparing speakers that may be absent: names compare without regard to case, and absence is its own value. */
public final class Speakers {
    private Speakers() {
    }

    /** True when both are the same name in any case, or both are absent. */
    public static boolean same(@Nullable String a, @Nullable String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    /** The speaker as a lookup key: the name in lower case, or the empty string when absent. */
    public static String key(@Nullable String speaker) {
        return speaker == null ? "" : speaker.toLowerCase(Locale.ROOT);
    }
}
