package wirewatch.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML text into a tree of {@link YamlNode}s that carry their line and column, using Jackson's streaming
 * YAML parser over {@link YamlText}, so the time taken grows with the length of the text, not its square. A syntax
 * error becomes a {@link ConfigException} at the point the parser gave up, with a fix; so does a text longer than
 * {@link #MAX_CHARS} or a character YAML forbids.
 */
final class YamlReader {
    /** A config file with thousands of feeds and watches is well under 1 MiB; 16 MiB is room for any real one. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    /** feeds.yml nests four levels at most; the limit keeps the reader's recursion shallow and the message clear. */
    static final int MAX_DEPTH = 64;

    /** {@code every:} with nothing after it is "no value", the same as {@code ~}, not an empty string. */
    private static final YAMLFactory FACTORY = new InMemoryFactory(YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .loaderOptions(loaderOptions()));

    private final String file;

    private YamlReader(String file) {
        this.file = file;
    }

    /** The single document in {@code yaml}; an empty document or a second one is an error. */
    static YamlNode read(String yaml, String file) throws ConfigException {
        return new YamlReader(file).document(yaml);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's own cap (3 MiB) would cut in first with a message that names no fix; ours is checked before.
        options.setCodePointLimit(MAX_CHARS);
        return options;
    }

    private YamlNode document(String yaml) throws ConfigException {
        if (yaml.length() > MAX_CHARS) {
            throw new ConfigException(file + ": " + tooLarge(yaml.length(), "characters"));
        }
        requirePrintable(yaml);
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw ConfigException.at(new Location(file, 1, 1),
                        "the file is empty; add at least a 'feeds:' list (see the README for an example)");
            }
            YamlNode root = node(parser, 0);
            if (parser.nextToken() != null) {
                throw ConfigException.at(at(parser.currentTokenLocation()),
                        "a second YAML document starts here; keep one document, without '---' between parts");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read YAML (" + e.getMessage() + "); check the file", e);
        }
    }

    private YamlNode node(JsonParser parser, int depth) throws IOException, ConfigException {
        Location where = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (depth >= MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            throw ConfigException.at(where, "lists and maps nest more than " + MAX_DEPTH + " deep here; a config "
                    + "needs a few levels, so check the brackets and indentation");
        }
        if (token == JsonToken.START_OBJECT) {
            return map(parser, where, depth + 1);
        }
        if (token == JsonToken.START_ARRAY) {
            return list(parser, where, depth + 1);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw ConfigException.at(where, "YAML aliases such as '*" + parser.getText()
                    + "' are not supported; write the value out in full");
        }
        boolean isNull = token == JsonToken.VALUE_NULL;
        return new YamlScalar(isNull ? "" : parser.getText(), isNull, where);
    }

    private YamlMap map(JsonParser parser, Location where, int depth) throws IOException, ConfigException {
        List<YamlEntry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = at(parser.currentTokenLocation());
            parser.nextToken();
            entries.add(new YamlEntry(key, keyAt, node(parser, depth)));
        }
        return new YamlMap(entries, where);
    }

    private YamlList list(JsonParser parser, Location where, int depth) throws IOException, ConfigException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, depth));
        }
        return new YamlList(items, where);
    }

    /** What is wrong with a config of {@code size} units and what to do; shared with the check on file size. */
    static String tooLarge(long size, String unit) {
        return "the file is larger than the " + MAX_CHARS / (1024 * 1024) + " MiB a config file may have (" + size + " "
                + unit + "); keep long lists of feeds in an OPML file ('- opml: FILE') and remove large comments";
    }

    /**
     * YAML forbids most control characters; say where the first one is, as SnakeYAML's own error does not. Printable
     * ASCII, the bulk of any config, is passed over without decoding code points.
     */
    private void requirePrintable(String yaml) throws ConfigException {
        char[] chars = yaml.toCharArray();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < ' ' || c > '~') {
                int point = yaml.codePointAt(i);
                if (!StreamReader.isPrintable(point)) {
                    throw ConfigException.at(new Location(file, line, yaml.codePointCount(lineStart, i) + 1),
                            String.format("the control character U+%04X is not allowed in YAML; remove it, or write "
                                    + "it as an escape such as \\u%04X inside double quotes", point, point));
                }
                i += Character.charCount(point) - 1;
            }
        }
    }

    private Location at(JsonLocation location) {
        return new Location(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private ConfigException syntaxError(JsonProcessingException e) {
        Location where = at(e.getLocation() == null ? JsonLocation.NA : e.getLocation());
        YamlSyntaxHint hint = new YamlSyntaxHint(null, e.getOriginalMessage());
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            hint = new YamlSyntaxHint(marked.getContext(), marked.getProblem());
            @Nullable Mark mark = hint.pointsAtContext() && marked.getContextMark() != null
                    ? marked.getContextMark() : marked.getProblemMark();
            if (mark != null) {
                where = new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        return new ConfigException(where + ": YAML syntax error: " + hint.describe() + "; " + hint.fix(), e);
    }

    /** Jackson's YAML factory with {@link YamlText} in place of SnakeYAML's copying reader. */
    private static final class InMemoryFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        InMemoryFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return new InMemoryParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, reader,
                    new ParserImpl(new YamlText(text.toString()), _loaderOptions));
        }
    }

    private static final class InMemoryParser extends YAMLParser {
        InMemoryParser(IOContext context, int features, int yamlFeatures, ObjectCodec codec, Reader reader,
                       ParserImpl parser) {
            super(context, features, yamlFeatures, codec, reader, parser);
        }
    }
}
