package wirewatch.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the articles under src/test/resources/statement and finds statements in them. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/statement/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource statement/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Statement find(List<Statement> statements, String quoteStart) {
        return statements.stream().filter(s -> s.quote().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting '" + quoteStart + "' in " + statements));
    }

    static boolean has(List<Statement> statements, String fragment) {
        return statements.stream().anyMatch(s -> s.quote().contains(fragment));
    }
}
