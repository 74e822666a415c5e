package wirewatch.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads YAML text into a tree of {@link YamlNode}s that carry their line and column, using Jackson's streaming
 * YAML parser. A syntax error becomes a {@link ConfigException} at the point the parser gave up, with a fix.
 */
final class YamlReader {
    /** {@code every:} with nothing after it is "no value", the same as {@code ~}, not an empty string. */
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private final String file;

    private YamlReader(String file) {
        this.file = file;
    }

    /** The single document in {@code yaml}; an empty document or a second one is an error. */
    static YamlNode read(String yaml, String file) throws ConfigException {
        return new YamlReader(file).document(yaml);
    }

    private YamlNode document(String yaml) throws ConfigException {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw ConfigException.at(new Location(file, 1, 1),
                        "the file is empty; add at least a 'feeds:' list (see the README for an example)");
            }
            YamlNode root = node(parser);
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

    private YamlNode node(JsonParser parser) throws IOException, ConfigException {
        Location where = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return map(parser, where);
        }
        if (token == JsonToken.START_ARRAY) {
            return list(parser, where);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw ConfigException.at(where, "YAML aliases such as '*" + parser.getText()
                    + "' are not supported; write the value out in full");
        }
        boolean isNull = token == JsonToken.VALUE_NULL;
        return new YamlScalar(isNull ? "" : parser.getText(), isNull, where);
    }

    private YamlMap map(JsonParser parser, Location where) throws IOException, ConfigException {
        List<YamlEntry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = at(parser.currentTokenLocation());
            parser.nextToken();
            entries.add(new YamlEntry(key, keyAt, node(parser)));
        }
        return new YamlMap(entries, where);
    }

    private YamlList list(JsonParser parser, Location where) throws IOException, ConfigException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new YamlList(items, where);
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
}
