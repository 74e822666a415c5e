package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an article reports someone said: the canonical {@code speaker}, the {@code quote} (the words inside the
 * quotation marks for {@link Kind#DIRECT}, the reported clause for {@link Kind#INDIRECT}), and where it lies in the
 * text given to the extractor as Java char offsets {@code [start, end)}. For a quote that runs over several
 * paragraphs the span covers them all and {@code quote} joins them with single spaces, without the re-opening marks.
 * The speaker is absent ({@code null}) when the article does not say who spoke, or says it only with a pronoun
 * that cannot be resolved, a description or a collective source ({@code a resident}, {@code officials}): absence is
 * never a placeholder word.
 */
public record Statement(@Nullable String speaker, String quote, Kind kind, int start, int end) {

    /** Direct speech in quotation marks (pull quotes included) or reported speech. */
    public enum Kind {
        DIRECT, INDIRECT;

        /** The lower-case name JSON and the store use: {@code direct} or {@code indirect}. */
        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind named by {@link #json()}, in any case. */
        public static Kind parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    public Statement {
        requireNonNull(quote, "quote");
        requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("statement span [" + start + ", " + end + ") is not a span");
        }
    }

    /** This statement attributed to {@code name}: another rendering of the remark said who spoke. */
    public Statement withSpeaker(String name) {
        return new Statement(requireNonNull(name, "name"), quote, kind, start, end);
    }

    public boolean isDirect() {
        return kind == Kind.DIRECT;
    }
}
