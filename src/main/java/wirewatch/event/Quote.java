package wirewatch.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import wirewatch.statement.Statement;

/**
 * A statement as a match event lists it: who, what, and whether in quotation marks. {@code speaker} is absent (JSON
 * {@code null}) when the article does not say who spoke.
 */
@JsonPropertyOrder({"speaker", "quote", "kind"})
public record Quote(@Nullable String speaker, String quote, Statement.Kind kind) {

    /** The statement as a match event lists it. */
    public static Quote of(Statement statement) {
        return new Quote(statement.speaker(), statement.quote(), statement.kind());
    }
}
