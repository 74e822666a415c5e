package wirewatch.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lenient second reading of a feed the XML parser refused, as forgiving readers such as Python's feedparser
 * read it: the feed element ({@code <rss>}, {@code <feed>}, {@code <rdf:RDF>}) is taken from inside a web page,
 * namespace prefixes used without a declaration ({@code content:}, {@code dc:}, {@code wfw:}, {@code media:}, …) are
 * declared on it, and a document cut off before its end keeps the items that are complete. Pure and thread-safe.
 */
final class XmlSalvage {
    private static final Set<String> FEED_ELEMENTS = Set.of("rss", "feed", "RDF");
    private static final Set<String> ITEM_ELEMENTS = Set.of("item", "entry");
    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("thr", "http://purl.org/syndication/thread/1.0"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"));
    /** Where a prefix nobody declared is put, so that its elements can be read and ignored. */
    private static final String UNKNOWN_PREFIX_URI = "urn:x-wirewatch:undeclared:";
    private static final Pattern PREFIXED = Pattern.compile("<([A-Za-z_][\\w.-]*):[A-Za-z_]"
            + "|\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
    private static final Pattern DECLARED = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    /** Open elements copied at the end of an item; a feed nests its items two or three deep. */
    private static final int MAX_SAVED_DEPTH = 64;

    private XmlSalvage() {
    }

    /** The text to parse instead, and one line saying what was done to it. */
    record Salvaged(String text, String problem) {
    }

    /** A readable version of the text, or empty when it has no feed element or nothing here would help. */
    static Optional<Salvaged> salvage(String text) {
        XmlTags tags = new XmlTags(text, 0);
        boolean found = false;
        int pageTags = 0;
        while (!found && tags.next()) {
            found = tags.kind() != XmlTags.Kind.END && FEED_ELEMENTS.contains(localName(tags.name()));
            pageTags += found ? 0 : 1;
        }
        if (!found) {
            return Optional.empty();
        }
        List<String> done = new ArrayList<>();
        if (pageTags > 0 && tags.kind() == XmlTags.Kind.START) {
            done.add("took the <" + tags.name() + "> from inside the page");
        }
        String feed = tags.kind() == XmlTags.Kind.EMPTY ? text.substring(tags.start(), tags.end())
                : complete(text, tags, done);
        if (feed == null) {
            return Optional.empty();
        }
        feed = declarePrefixes(feed, done);
        return done.isEmpty() ? Optional.empty() : Optional.of(new Salvaged(feed, "read leniently: "
                + String.join("; ", done)));
    }

    /** The feed element from its start tag to its end tag, or to the end of its last complete item; else null. */
    private static String complete(String text, XmlTags tags, List<String> done) {
        int from = tags.start();
        List<String> open = new ArrayList<>(List.of(tags.name()));
        List<String> openAtItemEnd = List.of();
        int itemEnd = -1;
        int items = 0;
        while (tags.next()) {
            if (tags.kind() == XmlTags.Kind.START) {
                if (open.size() >= FeedXml.MAX_DEPTH) {
                    // Nested deeper than the parser reads: nothing to save, and matching end tags would grow slow.
                    return null;
                }
                open.add(tags.name());
            } else if (tags.kind() == XmlTags.Kind.END) {
                int match = open.lastIndexOf(tags.name());
                if (match < 0) {
                    continue;
                }
                open.subList(match, open.size()).clear();
                if (open.isEmpty()) {
                    return text.substring(from, tags.end());
                }
                if (ITEM_ELEMENTS.contains(localName(tags.name())) && open.size() <= MAX_SAVED_DEPTH) {
                    itemEnd = tags.end();
                    openAtItemEnd = List.copyOf(open);
                    items++;
                }
            }
        }
        if (itemEnd < 0) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.substring(from, itemEnd));
        for (int i = openAtItemEnd.size() - 1; i >= 0; i--) {
            kept.append("</").append(openAtItemEnd.get(i)).append('>');
        }
        done.add("the document ends early; kept its " + items + (items == 1 ? " complete item" : " complete items"));
        return kept.toString();
    }

    /** Declares on the feed element every prefix the text uses but declares nowhere. */
    private static String declarePrefixes(String feed, List<String> done) {
        Set<String> declared = new HashSet<>();
        Matcher d = DECLARED.matcher(feed);
        while (d.find()) {
            declared.add(d.group(1));
        }
        Set<String> undeclared = new LinkedHashSet<>();
        Matcher m = PREFIXED.matcher(feed);
        while (m.find()) {
            String prefix = m.group(1) != null ? m.group(1) : m.group(2);
            if (!prefix.equals("xml") && !prefix.equals("xmlns") && !declared.contains(prefix)) {
                undeclared.add(prefix);
            }
        }
        if (undeclared.isEmpty()) {
            return feed;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : undeclared) {
            String uri = KNOWN_PREFIXES.getOrDefault(prefix, UNKNOWN_PREFIX_URI + prefix);
            declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
        }
        done.add("declared the namespace prefixes " + String.join(", ", undeclared));
        int nameEnd = 1;
        while (nameEnd < feed.length() && !Character.isWhitespace(feed.charAt(nameEnd))
                && feed.charAt(nameEnd) != '>' && feed.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        return feed.substring(0, nameEnd) + declarations + feed.substring(nameEnd);
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }
}
