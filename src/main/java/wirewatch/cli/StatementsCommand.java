package wirewatch.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.PeopleAliases;
import wirewatch.config.ConfigException;
import wirewatch.event.ArticleRef;
import wirewatch.event.EventJson;
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;
import wirewatch.statement.Grouped;
import wirewatch.statement.SpeakerQuery;
import wirewatch.statement.Statement;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/** {@code wirewatch statements}: the stored statements, newest first. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "List the stored statements, newest first: who said what, in which article, and the "
                + "variant group each belongs to (one group per remark, however many outlets rendered it).")
final class StatementsCommand implements Callable<Integer> {
    private static final int PAGE = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--speaker", paramLabel = "S", description = "only statements by this speaker: the full name, "
            + "any alias (learned, or pinned under people: in the config) or the surname; case and accents are "
            + "ignored")
    @Nullable String speaker;

    @Option(names = "--watch", paramLabel = "W", description = "only statements in articles matched by this watch")
    @Nullable String watch;

    @Option(names = "--limit", paramLabel = "N", description = "at most N statements (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--json", description = "one JSON object a line (see 'Events' in the README)")
    boolean json;

    /** One line of {@code statements --json}; {@code speaker} is {@code null} when the article does not name one. */
    @JsonPropertyOrder({"speaker", "quote", "kind", "group", "change", "article"})
    record Line(@Nullable String speaker, String quote, Statement.Kind kind, String group, Grouped.Change change,
                ArticleRef article) {
        static Line of(StoredStatement s) {
            return new Line(s.speaker(), s.quote(), s.kind(), s.group(), s.change(),
                    new ArticleRef(s.articleId(), s.feed(), s.title(), s.url(), s.published()));
        }
    }

    @Override
    public Integer call() throws ConfigException {
        Setup setup = Setup.of(root);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = setup.openExisting()) {
            Set<String> speakers = speaker == null ? null : speakersNamed(speaker, setup, store);
            int printed = 0;
            while (printed < limit) {
                List<StoredStatement> page = store.statements(speakers, watch, printed,
                        Math.min(PAGE, limit - printed));
                for (StoredStatement statement : page) {
                    out.println(json ? EventJson.write(Line.of(statement)) : human(statement));
                }
                printed += page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
            out.flush();
            if (!json && printed == 0) {
                spec.commandLine().getErr().println(speaker == null ? "no statements stored yet"
                        : "no statements by '" + speaker + "' stored yet");
            }
        }
        return 0;
    }

    /** The stored speakers the name stands for; statements without a speaker are never among them. */
    private static Set<String> speakersNamed(String name, Setup setup, Store store) throws ConfigException {
        SpeakerQuery query = SpeakerQuery.of(name, PeopleAliases.peopleIfPresent(setup.paths().config()),
                store.aliases());
        Set<String> found = new LinkedHashSet<>();
        for (String stored : store.speakers()) {
            if (query.matches(stored)) {
                found.add(stored);
            }
        }
        return found;
    }

    private static String human(StoredStatement s) {
        String marker = s.change() == Grouped.Change.NEW ? "*" : " ";
        return TerminalText.strip(TextCleaner.line(DAY.format(s.time()) + " " + marker + " "
                + SpeakerText.of(s.speaker()) + ": \u201C" + s.quote() + "\u201D"
                + (s.kind() == Statement.Kind.INDIRECT ? " (reported)" : "") + " \u2014 " + s.feed() + ", "
                + s.title()));
    }
}
