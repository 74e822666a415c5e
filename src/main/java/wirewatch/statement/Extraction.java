package wirewatch.statement;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The statements found in one text, in text order, and the alias table extended with the names the text taught
 * ({@code Russian President Vladimir Putin} teaches that {@code Putin} and {@code the Russian president} name
 * {@code Vladimir Putin}). Pass {@code aliases} to the next extraction to resolve names across articles.
 */
public record Extraction(List<Statement> statements, Aliases aliases) {
    public Extraction {
        statements = List.copyOf(statements);
        requireNonNull(aliases, "aliases");
    }
}
