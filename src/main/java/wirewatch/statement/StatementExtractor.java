package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds who said what in one article's plain text: direct quotes (marks of any style, split, nested and
 * multi-paragraph quotes, pull quotes) and reported speech, each attributed to a canonical speaker. Pure and
 * stateless: the same text and aliases give the same statements; safe to share between threads.
 *
 * <pre>{@code
 * Extraction x = new StatementExtractor().read(article.text(), aliases);
 * aliases = x.aliases();   // carries what this article taught to the next one
 * }</pre>
 */
public final class StatementExtractor {

    /** The statements in the text, in text order; offsets are Java chars into {@code text}. */
    public List<Statement> extract(String text, Aliases aliases) {
        return read(text, aliases).statements();
    }

    /** The statements in the text and the alias table extended with the names the text taught. */
    public Extraction read(String text, Aliases aliases) {
        Text analysed = Text.of(text);
        MentionFinder mentions = MentionFinder.run(analysed);
        SpeakerResolver resolver = new SpeakerResolver(analysed, mentions, aliases);
        Attributor attributor = new Attributor(analysed, resolver);
        List<Statement> all = new ArrayList<>(new DirectQuotes(attributor).find());
        all.addAll(new IndirectSpeech(attributor).find());
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return new Extraction(all, aliases.learn(resolver.learned()));
    }
}
