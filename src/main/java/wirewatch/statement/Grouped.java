package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A statement placed in its variant group: {@code group} is shared by every rendering of one remark, {@code change}
 * says whether the statement started the group, and {@code previous} is the earlier rendering it matched best
 * (absent for a new remark). {@code merged} lists earlier groups that this statement showed to be renderings of
 * the same remark as {@code group}: they join it. A remark has one speaker: {@code statement} is the statement as
 * placed, with the group's speaker when its article named none, and {@code namesGroup} says that the group's
 * earlier renderings (those of the merged groups included) named no one and take {@code statement}'s speaker.
 */
public record Grouped(Statement statement, String group, Change change, @Nullable Statement previous,
                      List<String> merged, boolean namesGroup) {

    /** {@code new} for a remark not heard before from this speaker, {@code variant} for another rendering. */
    public enum Change {
        NEW, VARIANT;

        /** The lower-case name JSON and the store use: {@code new} or {@code variant}. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The change named by {@link #json()}, in any case. */
        public static Change parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public Grouped(Statement statement, String group, Change change, @Nullable Statement previous) {
        this(statement, group, change, previous, List.of(), false);
    }

    public Grouped {
        merged = List.copyOf(merged);
        requireNonNull(statement, "statement");
        requireNonNull(group, "group");
        requireNonNull(change, "change");
        if ((change == Change.VARIANT) != (previous != null)) {
            throw new IllegalArgumentException("a variant needs its previous rendering, a new remark has none: "
                    + change);
        }
        if (namesGroup && (change == Change.NEW || statement.speaker() == null)) {
            throw new IllegalArgumentException("only a variant with a speaker can name its group: " + change + " by "
                    + statement.speaker());
        }
    }
}
