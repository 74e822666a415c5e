package wirewatch.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventIds;

/**
 * Turns one Rome entry into an {@link Article}: plain-text title and body, the link resolved against the feed's
 * address, the GUID (else the link, else a hash of the content), the date and the authors. Not thread-safe; one per
 * parse.
 */
final class EntryMapper {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https");
    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";
    /**
     * Far more text than an article has. Turning HTML into text takes time in proportion to its length; past this,
     * an item's text is cut, so one item cannot hold up the round.
     */
    static final int MAX_TEXT_CHARS = 2_000_000;

    private final String feedName;
    private final URI base;

    EntryMapper(String feedName, URI base) {
        this.feedName = feedName;
        this.base = base;
    }

    /** The article, or null (with a problem added) when the entry has no title, text or link. */
    @Nullable Article map(SyndEntry entry, int position, List<String> problems) {
        String title = title(entry);
        String body = body(entry, position, problems);
        String url = resolve(link(entry));
        if (title.isEmpty() && body.isEmpty() && url.isEmpty()) {
            problems.add("item " + position + " has no title, text or link; skipped");
            return null;
        }
        String rawDate = ItemDates.of(entry);
        Instant published = rawDate == null ? null : FeedDates.parse(rawDate);
        if (rawDate != null && published == null) {
            problems.add("item " + position + " has an unreadable date '" + TextCleaner.line(rawDate) + "'");
        }
        String guid = guid(entry, url, title, rawDate, body);
        return new Article(EventIds.of(feedName, guid), feedName, guid, url, title, body, published, authors(entry));
    }

    /**
     * Rome turns an RSS GUID into the link when there is no link, as RSS 2.0's isPermaLink default suggests, and
     * feedparser reads an Atom entry without an alternate link by its id. A GUID or id such as {@code story-4471} is
     * no URL, though, and resolving it against the feed would invent one: either stands in for the link only when
     * it is an absolute URL. Enclosures and other links never do: an audio file is no article page. The item's own
     * link is kept even when relative.
     */
    private static @Nullable String link(SyndEntry entry) {
        String link = entry.getLink();
        if (link != null && (!link.equals(entry.getUri()) || hasOwnLink(entry))) {
            return link;
        }
        if (link == null && entry.getWireEntry() instanceof Entry) {
            link = entry.getUri();
        }
        if (link == null) {
            return null;
        }
        try {
            return new URI(link.strip()).isAbsolute() ? link : null;
        } catch (URISyntaxException notUri) {
            return null;
        }
    }

    private static boolean hasOwnLink(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getLink() != null;
        }
        return wire instanceof Entry atom && !atom.getAlternateLinks().isEmpty();
    }

    /** An item without a title often has a Dublin Core or Media RSS title instead. */
    private static String title(SyndEntry entry) {
        String title = TextCleaner.line(text(titleType(entry), entry.getTitle()));
        if (!title.isEmpty()) {
            return title;
        }
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null && dc.getTitle() != null) {
            return TextCleaner.line(dc.getTitle());
        }
        for (Element foreign : entry.getForeignMarkup()) {
            if (foreign.getName().equals("title") && foreign.getNamespaceURI().equals(MEDIA_RSS)) {
                return TextCleaner.line(TextCleaner.fromHtml(foreign.getText()));
            }
        }
        return "";
    }

    private static String guid(SyndEntry entry, String url, String title, @Nullable String rawDate, String body) {
        String uri = entry.getUri() == null ? "" : TextCleaner.line(entry.getUri());
        if (!uri.isEmpty()) {
            return uri;
        }
        if (!url.isEmpty()) {
            return url;
        }
        return "sha:" + EventIds.of(title, rawDate == null ? "" : rawDate, body);
    }

    /** The longest of content:encoded, Atom content and description/summary, as cleaned plain text. */
    private static String body(SyndEntry entry, int position, List<String> problems) {
        SyndContent longest = entry.getDescription();
        for (SyndContent content : entry.getContents()) {
            if (length(content) > length(longest)) {
                longest = content;
            }
        }
        if (longest == null || longest.getValue() == null) {
            return "";
        }
        String value = longest.getValue();
        if (value.length() > MAX_TEXT_CHARS) {
            problems.add("item " + position + " has " + value.length() + " characters of text, more than the "
                    + MAX_TEXT_CHARS + " read; kept the first " + MAX_TEXT_CHARS);
            value = value.substring(0, MAX_TEXT_CHARS);
        }
        // fromHtml cleans what it gives
        return isPlain(longest) ? TextCleaner.clean(value) : TextCleaner.fromHtml(value);
    }

    private static int length(@Nullable SyndContent content) {
        return content == null || content.getValue() == null ? -1 : content.getValue().length();
    }

    /** Atom's {@code type="text"} is already plain; RSS and everything else may carry HTML. */
    private static String text(@Nullable String type, @Nullable String value) {
        if (value == null) {
            return "";
        }
        return isPlain(type) ? value : TextCleaner.fromHtml(value);
    }

    /**
     * Rome leaves out the type of an Atom 0.3 title, which is text/plain when none is given. Rome hands over an
     * escaped (or decoded base64) title as its text, but one in the default xml mode as markup, whatever its type.
     */
    private static @Nullable String titleType(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        if (title != null && title.getType() != null) {
            return title.getType();
        }
        if (entry.getWireEntry() instanceof Entry atom && atom.getTitleEx() != null
                && "escaped".equals(atom.getTitleEx().getMode())) {
            return atom.getTitleEx().getType();
        }
        return null;
    }

    private static boolean isPlain(@Nullable SyndContent content) {
        return isPlain(content == null ? null : content.getType());
    }

    private static boolean isPlain(@Nullable String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }

    /** The link as an absolute http(s) URL, or "" when there is none: a javascript: link must not reach a hook. */
    private String resolve(@Nullable String link) {
        String text = link == null ? "" : TextCleaner.line(link);
        if (text.isEmpty()) {
            return "";
        }
        try {
            URI resolved = base.resolve(new URI(text.replace(" ", "%20")));
            String scheme = resolved.getScheme();
            return scheme != null && LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) ? resolved.toString() : "";
        } catch (URISyntaxException | IllegalArgumentException unusable) {
            return "";
        }
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            addName(names, person.getName() != null ? person.getName() : person.getEmail());
        }
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            dc.getCreators().forEach(creator -> addName(names, creator));
        }
        return new ArrayList<>(names);
    }

    /** RSS authors are often {@code jane@example.org (Jane Doe)}: keep the name. */
    private static void addName(Set<String> names, @Nullable String raw) {
        String name = raw == null ? "" : TextCleaner.line(raw);
        int open = name.indexOf('(');
        if (name.indexOf('@') >= 0 && open > 0 && name.endsWith(")")) {
            name = name.substring(open + 1, name.length() - 1).strip();
        }
        if (!name.isEmpty()) {
            names.add(name);
        }
    }
}
