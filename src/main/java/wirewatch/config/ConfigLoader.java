package wirewatch.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads feeds.yml (DESIGN section 3) into a validated {@link Config}, or fails with one {@link ConfigException}
 * whose message is a single line: {@code FILE:LINE:COL: what is wrong; the fix}. Nothing is half-loaded: either
 * every feed, watch, person and alert checks out, or the caller gets the first problem found, in file order.
 *
 * <p>Queries are not parsed here; the match package parses them and reports errors at
 * {@link WatchSpec#location()}, which is where the query value starts (for the shorthand, where the watch
 * entry starts). A feed's location is its name value, or for an imported feed its outline in the OPML file.
 * Stateless and safe to call from any thread.
 */
public final class ConfigLoader {
    private static final List<String> TOP_KEYS = List.of("poll", "feeds", "watches", "people", "alerts", "store");
    private static final String TOP_FIX = "start the file with 'feeds:' at the left margin, as in the README";

    private ConfigLoader() {
    }

    /**
     * Reads and validates {@code file} (UTF-8). Messages name the file as given; {@code opml:} paths are read
     * relative to its folder.
     */
    public static Config load(Path file) throws ConfigException {
        String yaml;
        try {
            long bytes = Files.size(file);
            if (bytes > YamlReader.MAX_CHARS) {
                // Refused before reading: a config never needs this much, and a huge file should not fill memory.
                throw new ConfigException(file + ": " + YamlReader.tooLarge(bytes, "bytes"));
            }
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file; create it or pass --config FILE", e);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read it (" + e.getMessage()
                    + "); check that it is a readable file, or pass --config FILE", e);
        }
        return parse(yaml, file);
    }

    /** Validates {@code yaml} as if read from {@code file}, which names it in messages and anchors opml paths. */
    public static Config parse(String yaml, Path file) throws ConfigException {
        String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
        YamlNode root = YamlReader.read(text, file.toString());
        MapFields top = new MapFields(MapFields.requireMap(root, "the top level", TOP_FIX), "at the top level",
                TOP_KEYS);
        Duration poll = top.duration("poll", "5m").orElse(FeedSpec.DEFAULT_EVERY);
        List<String> warnings = new ArrayList<>();
        List<FeedSpec> feeds = new FeedsReader(file, poll, warnings).read(
                top.items("feeds", "start each feed with '- name: …'"));
        Set<String> feedNames = new LinkedHashSet<>();
        feeds.forEach(feed -> feedNames.add(feed.name()));
        List<WatchSpec> watches = new WatchesReader(feedNames).read(
                top.items("watches", "start each watch with '- name: …'"));
        var people = PeopleReader.read(top);
        Set<String> watchNames = new LinkedHashSet<>();
        watches.forEach(watch -> watchNames.add(watch.name()));
        List<AlertSpec> alerts = new AlertsReader(watchNames).read(
                top.items("alerts", "start each alert with '- watch: …'"));
        StoreReader.Read store = StoreReader.read(top);
        return new Config(file, poll, feeds, watches, people, alerts, warnings, store.url(), store.lease());
    }
}
