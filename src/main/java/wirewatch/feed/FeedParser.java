package wirewatch.feed;

import static java.util.Objects.requireNonNull;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import org.jdom2.Document;
import org.jspecify.annotations.Nullable;
import wirewatch.config.FeedSpec;

/**
 * Turns the bytes of an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed into plain-text {@link Article}s.
 *
 * <p>A body that is no feed at all (empty, an HTML page, malformed XML that repair cannot save, XML of another
 * kind) is a {@link FeedFormatException} with a one-line message. Anything less is worked around and reported in
 * {@link Parsed#problems()}: a wrong or missing encoding, repairable XML, duplicate GUIDs (the first item wins),
 * empty items (skipped), unreadable dates (the article has none). DTDs and external entities are never fetched or
 * expanded. Rome reads a document we build; it never sees a URL.
 *
 * <p>Thread-safe and reusable; make one and share it.
 */
public final class FeedParser {
    private static final System.Logger LOG = System.getLogger(FeedParser.class.getName());
    static final String HTML_MESSAGE = "served an HTML page, not a feed — check the feed URL";
    private static final int HTML_SNIFF_CHARS = 1024;
    /** More problem lines than this say nothing new; the rest are counted. */
    private static final int MAX_PROBLEMS = 20;

    private final FeedDecoder decoder = new FeedDecoder();
    private final FeedXml xml = new FeedXml();

    /**
     * Parses one feed body.
     *
     * @param feedName the feed's configured name, part of every article id
     * @param body the bytes as received, after any content coding (gzip) was removed
     * @param contentType the Content-Type header, or null when there was none
     * @param base the feed's URL, against which relative links are resolved
     */
    public Parsed parse(String feedName, byte[] body, @Nullable String contentType, URI base)
            throws FeedFormatException {
        requireNonNull(body, "body");
        requireNonNull(base, "base");
        if (!FeedSpec.NAME.matcher(feedName).matches()) {
            throw new IllegalArgumentException("feed name '" + feedName + "' must match [a-z0-9-]+");
        }
        FeedDecoder.Decoded decoded = decoder.decode(body, contentType);
        String text = skipLeadingWhitespace(decoded.text());
        if (text.isEmpty()) {
            throw new FeedFormatException("empty response body, not a feed");
        }
        List<String> problems = new ArrayList<>(decoded.problems());
        Document document = read(text, contentType, problems);
        SyndFeed feed = build(document);
        return new Parsed(articles(feed, feedName, base, problems), capped(problems));
    }

    /**
     * The document, read strictly, else leniently ({@link XmlSalvage}); a page that holds no feed, or that the
     * lenient reading cannot save either, is refused with the strict reading's message.
     */
    private Document read(String text, @Nullable String contentType, List<String> problems)
            throws FeedFormatException {
        if (startsLikeHtml(text)) {
            return salvaged(text, problems).orElseThrow(() -> new FeedFormatException(HTML_MESSAGE));
        }
        Document document;
        try {
            document = xml.read(text, problems);
        } catch (FeedFormatException malformed) {
            FeedFormatException refusal = isHtml(contentType) || mentionsHtml(text)
                    ? new FeedFormatException(HTML_MESSAGE, malformed) : malformed;
            return salvaged(text, problems).orElseThrow(() -> refusal);
        }
        if (isPage(document)) {
            return salvaged(text, problems).orElseThrow(() -> new FeedFormatException(HTML_MESSAGE));
        }
        return document;
    }

    private Optional<Document> salvaged(String text, List<String> problems) {
        Optional<XmlSalvage.Salvaged> salvage = XmlSalvage.salvage(text);
        if (salvage.isEmpty()) {
            return Optional.empty();
        }
        List<String> more = new ArrayList<>();
        try {
            Document document = xml.read(salvage.get().text(), more);
            if (isPage(document)) {
                return Optional.empty();
            }
            problems.add(salvage.get().problem());
            problems.addAll(more);
            return Optional.of(document);
        } catch (FeedFormatException stillMalformed) {
            return Optional.empty();
        }
    }

    private static boolean isPage(Document document) {
        return document.getRootElement().getName().equalsIgnoreCase("html");
    }

    private static SyndFeed build(Document document) throws FeedFormatException {
        try {
            FeedShape.normalise(document);
            ItemDates.lift(document);
            SyndFeedInput input = new SyndFeedInput();
            // The items as read, so that the mapper can tell an item's own link from one made of its GUID.
            input.setPreserveWireFeed(true);
            return input.build(document);
        } catch (IllegalArgumentException notFeed) {
            throw new FeedFormatException("XML document with root element <" + document.getRootElement().getName()
                    + "> is neither RSS nor Atom", notFeed);
        } catch (FeedException | RuntimeException romeFailure) {
            // Rome (and JDOM, while reshaping) throw runtime exceptions on some odd but well-formed documents;
            // they are bad feeds, not bugs.
            throw new FeedFormatException("unreadable feed: " + TextCleaner.line(String.valueOf(
                    romeFailure.getMessage())), romeFailure);
        }
    }

    private static List<Article> articles(SyndFeed feed, String feedName, URI base, List<String> problems) {
        EntryMapper mapper = new EntryMapper(feedName, base);
        List<Article> articles = new ArrayList<>(feed.getEntries().size());
        Map<String, Integer> firstByGuid = new HashMap<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            Article article = mapOne(mapper, entry, position, problems);
            if (article == null) {
                continue;
            }
            Integer first = firstByGuid.putIfAbsent(article.guid(), position);
            if (first != null) {
                problems.add("items " + first + " and " + position + " share the GUID '" + article.guid()
                        + "'; kept item " + first);
                continue;
            }
            articles.add(article);
        }
        return articles;
    }

    private static @Nullable Article mapOne(EntryMapper mapper, SyndEntry entry, int position,
            List<String> problems) {
        try {
            return mapper.map(entry, position, problems);
        } catch (RuntimeException unexpected) {
            // One odd item must not cost the feed its other items.
            LOG.log(Level.WARNING, "cannot read item " + position + " of a feed", unexpected);
            problems.add("item " + position + " is unreadable (" + unexpected + "); skipped");
            return null;
        }
    }

    private static List<String> capped(List<String> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<String> kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        kept.add("… and " + (problems.size() - MAX_PROBLEMS) + " more problems");
        return kept;
    }

    private static String skipLeadingWhitespace(String text) {
        int start = 0;
        while (start < text.length() && (Character.isWhitespace(text.charAt(start))
                || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        return start == 0 ? text : text.substring(start);
    }

    /** The start of an HTML page: a doctype or an html element, in any case. */
    private static boolean startsLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** An unparsable body whose head opens an HTML document, after a comment or a stray line, is a web page. */
    private static boolean mentionsHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), HTML_SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body");
    }

    private static boolean isHtml(@Nullable String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type != null && type.subtype().equalsIgnoreCase("html");
    }
}
