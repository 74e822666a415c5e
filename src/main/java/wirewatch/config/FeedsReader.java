package wirewatch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code feeds:} section: feeds written out by name and URL, and {@code opml:} entries that import a
 * feed reader's subscriptions in place (skipping, with a warning each, outlines that are not http or https feeds). Written names win: imported feeds get names no written feed uses, and an
 * imported address that is already configured is skipped rather than polled twice.
 */
final class FeedsReader {
    private static final List<String> FEED_KEYS = List.of("name", "url", "every", "fulltext", "pages", "deadline",
            "private-redirects");
    private static final List<String> OPML_KEYS = List.of("opml", "every", "fulltext", "pages", "deadline",
            "private-redirects");
    private static final String ENTRY_FIX = "write each feed as '- name: bbc-world' with 'url: https://…' below it";

    private final Path configFile;
    private final Duration poll;
    private final List<String> warnings;

    /** @param warnings where an OPML outline that is skipped is said, one line each */
    FeedsReader(Path configFile, Duration poll, List<String> warnings) {
        this.configFile = configFile;
        this.poll = poll;
        this.warnings = warnings;
    }

    List<FeedSpec> read(List<YamlNode> entries) throws ConfigException {
        Map<Integer, FeedSpec> written = writtenFeeds(entries);
        Set<String> names = new HashSet<>();
        written.values().forEach(feed -> names.add(feed.name()));
        FeedNames fresh = new FeedNames(names);
        Set<URI> urls = new HashSet<>();
        written.values().forEach(feed -> urls.add(feed.url()));
        List<FeedSpec> feeds = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (written.containsKey(i)) {
                feeds.add(written.get(i));
            } else {
                for (FeedSpec feed : imported((YamlMap) entries.get(i), fresh)) {
                    if (urls.add(feed.url())) {
                        feeds.add(feed);
                    }
                }
            }
        }
        return feeds;
    }

    /** The entries that are feeds rather than imports, by position; checks that their names are unique. */
    private Map<Integer, FeedSpec> writtenFeeds(List<YamlNode> entries) throws ConfigException {
        Map<Integer, FeedSpec> written = new HashMap<>();
        Map<String, Location> nameAt = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = MapFields.requireMap(entries.get(i), "feed #" + (i + 1), ENTRY_FIX);
            if (map.entry("opml").isPresent()) {
                continue;
            }
            FeedSpec feed = feed(map, i + 1);
            Location first = nameAt.putIfAbsent(feed.name(), feed.location());
            if (first != null) {
                throw ConfigException.at(feed.location(), "duplicate feed name '" + feed.name() + "' (also at line "
                        + first.line() + "); rename one of them");
            }
            written.put(i, feed);
        }
        return written;
    }

    private FeedSpec feed(YamlMap map, int number) throws ConfigException {
        String label = map.text("name").map(n -> "in feed '" + n + "'").orElse("in feed #" + number);
        MapFields fields = new MapFields(map, label, FEED_KEYS);
        YamlScalar name = fields.required("name", "bbc-world");
        if (!FeedSpec.NAME.matcher(name.text()).matches()) {
            String slug = FeedNames.slug(name.text());
            throw ConfigException.at(name.location(), "bad feed name '" + name.text() + "': use lowercase "
                    + "letters, digits and '-' only" + (slug.isEmpty() ? "" : ", e.g. '" + slug + "'"));
        }
        YamlScalar url = fields.required("url", "https://www.example.com/rss");
        return feed(name.text(), url(url, fields), fields.duration("every", "5m").orElse(poll), fullText(fields),
                name.location(), fields);
    }

    /**
     * The feed with the per-poll bounds its entry sets: {@code pages}, {@code deadline}, {@code private-redirects};
     * made once, as thousands of feeds are read at every start.
     */
    private static FeedSpec feed(String name, URI url, Duration every, FullText fulltext, Location location,
                                 MapFields fields) throws ConfigException {
        return new FeedSpec(name, url, every, fulltext, fields.integer("pages", 1, "10").orElse(FeedSpec.DEFAULT_PAGES),
                fields.duration("deadline", "30s").orElse(FeedSpec.DEFAULT_DEADLINE), privateRedirects(fields),
                location);
    }

    private List<FeedSpec> imported(YamlMap map, FeedNames fresh) throws ConfigException {
        YamlScalar path = map.entry("opml").map(YamlEntry::value)
                .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                .orElse(null);
        String label = "in opml import" + (path == null || path.isNull() ? "" : " '" + path.text() + "'");
        MapFields fields = new MapFields(map, label, OPML_KEYS);
        YamlScalar opml = fields.required("opml", "subscriptions.opml");
        Duration every = fields.duration("every", "5m").orElse(poll);
        FullText fulltext = fullText(fields);
        List<FeedSpec> feeds = new ArrayList<>();
        for (OpmlOutline outline : new OpmlReader(resolve(opml.text()), opml.location(), warnings).read()) {
            feeds.add(feed(fresh.claim(outline.title(), outline.url()), outline.url(), every, fulltext,
                    outline.location(), fields));
        }
        return feeds;
    }

    /** OPML paths are relative to the folder of the config file, so the config works from any directory. */
    private Path resolve(String opml) {
        Path folder = configFile.getParent();
        return folder == null ? Path.of(opml) : folder.resolve(opml);
    }

    private static URI url(YamlScalar url, MapFields fields) throws ConfigException {
        try {
            return FeedUrl.parse(url.text());
        } catch (IllegalArgumentException e) {
            throw ConfigException.at(url.location(), "bad url '" + url.text() + "' " + fields.where() + ": "
                    + e.getMessage() + "; " + FeedUrl.FIX);
        }
    }

    private static FullText fullText(MapFields fields) throws ConfigException {
        return choice(fields, "fulltext", FullText.AUTO, "use auto, always or never");
    }

    private static PrivateRedirects privateRedirects(MapFields fields) throws ConfigException {
        return choice(fields, "private-redirects", PrivateRedirects.REFUSE, "use refuse (the default) or allow");
    }

    /** One of an enum's constants, named without regard to case; {@code absent} when the key is missing. */
    private static <E extends Enum<E>> E choice(MapFields fields, String key, E absent, String fix)
            throws ConfigException {
        var value = fields.scalar(key, absent.name().toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return absent;
        }
        String text = value.get().text().strip();
        for (E constant : absent.getDeclaringClass().getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw ConfigException.at(value.get().location(), "bad " + key + " '" + text + "' " + fields.where() + "; "
                + fix);
    }
}
