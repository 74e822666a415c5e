package wirewatch.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import wirewatch.app.PeopleAliases;
import wirewatch.event.EventJson;
import wirewatch.feed.FullTextExtractor;
import wirewatch.feed.TerminalText;
import wirewatch.feed.TextCleaner;
import wirewatch.statement.Aliases;
import wirewatch.statement.Statement;
import wirewatch.statement.StatementExtractor;

/** {@code wirewatch extract}: the statements in article files, without feeds or a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the statements (who said what) in plain-text or HTML article files. Speakers are "
                + "resolved within each file and across the files given, in order; people: in the config pins "
                + "aliases when a config is found.",
                "Offsets are in characters (Unicode code points) of the file's text as decoded (for HTML, of the "
                        + "article text extracted from the page)."})
final class ExtractCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @ParentCommand
    WirewatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "article files (.txt, .html); - reads one article from standard input (HTML when it "
                    + "starts with '<', else plain text)")
    List<Path> files;

    @Option(names = "--json", description = "one JSON object a line: file, speaker, quote, kind, start, end")
    boolean json;

    /** One line of {@code extract --json}; {@code speaker} is {@code null} when the article does not name one. */
    @JsonPropertyOrder({"file", "speaker", "quote", "kind", "start", "end"})
    record Line(String file, @Nullable String speaker, String quote, String kind, int start, int end) {
    }

    @Override
    public Integer call() throws IOException, UsageException, wirewatch.config.ConfigException {
        Setup setup = Setup.of(root);
        Aliases aliases = PeopleAliases.fromConfigIfPresent(setup.paths().config());
        StatementExtractor extractor = new StatementExtractor();
        FullTextExtractor pages = new FullTextExtractor();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            String text = read(file, pages);
            for (Statement s : extractor.extract(text, aliases)) {
                int start = text.codePointCount(0, s.start());
                int end = start + text.codePointCount(s.start(), s.end());
                String kind = s.kind().json();
                out.println(json
                        ? EventJson.write(new Line(file.toString(), s.speaker(), s.quote(), kind, start, end))
                        : TerminalText.strip(TextCleaner.line(file + ":" + start + "-" + end + "  "
                                + SpeakerText.of(s.speaker()) + ": \u201C" + s.quote() + "\u201D (" + kind + ")")));
            }
            out.flush();
        }
        return 0;
    }

    /** The article text of {@code file}, or of standard input for {@code -}: a page when it starts with markup. */
    private String read(Path file, FullTextExtractor pages) throws IOException, UsageException {
        boolean stdin = file.toString().equals(STDIN);
        byte[] bytes = stdin ? root.stdin.readAllBytes() : bytes(file);
        String text = decode(bytes);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean page = stdin ? text.replace("\uFEFF", "").stripLeading().startsWith("<")
                : name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        return page ? pages.extract(bytes, null, URI.create("file:///" + (stdin ? "stdin" : file.getFileName())))
                : text;
    }

    private static byte[] bytes(Path file) throws IOException, UsageException {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a folder; give the article files in it (" + file.resolve("*.txt")
                    + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        return Files.readAllBytes(file);
    }

    /** Bad bytes become U+FFFD rather than failing the file: offsets stay those of the decoded text. */
    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
