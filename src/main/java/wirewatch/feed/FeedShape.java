package wirewatch.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jspecify.annotations.Nullable;

/**
 * Reshapes the well-formed feeds that Rome rejects or crashes on into the shapes it reads, as lenient readers do:
 * RSS in an unknown namespace or with an unknown version, RSS without a channel or with items outside it, RSS 1.0
 * without a channel, Atom without its namespace, Atom base64 text (Rome's decoder fails on it or leaves it encoded),
 * Atom links written as text, a relative Atom id as the link of an entry without one, and Microsoft's Channel
 * Definition Format ({@link CdfChannel}).
 */
final class FeedShape {
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final Namespace RSS_090 = Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/");
    /** The only namespaced RSS Rome knows. */
    private static final String USERLAND_RSS2 = "http://backend.userland.com/rss2";
    /** The version attributes Rome has a parser for; RSS 2.0's parser also takes none. */
    private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");
    /** Atom elements that carry a type and text. */
    private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "content", "rights");

    private FeedShape() {
    }

    static void normalise(Document document) {
        Element root = document.getRootElement();
        switch (root.getName()) {
            case "rss" -> normaliseRss(root);
            case "RDF" -> normaliseRdf(root);
            case "feed" -> normaliseAtom(root);
            case "CHANNEL" -> document.setRootElement(CdfChannel.toRss(root.detach()));
            default -> {
                // Not a shape we can help; Rome decides.
            }
        }
    }

    private static void normaliseRss(Element rss) {
        Namespace ns = rss.getNamespace();
        if (ns != Namespace.NO_NAMESPACE && !ns.getURI().equals(USERLAND_RSS2)) {
            moveToNamespace(rss, ns, Namespace.NO_NAMESPACE);
        }
        String version = rss.getAttributeValue("version");
        if (version != null && !RSS_VERSIONS.contains(version.strip())) {
            rss.removeAttribute("version");
        }
        Namespace rssNs = rss.getNamespace();
        Element channel = rss.getChild("channel", rssNs);
        if (channel == null) {
            channel = new Element("channel", rssNs);
            for (Element item : new ArrayList<>(rss.getChildren("item", rssNs))) {
                channel.addContent(item.detach());
            }
            rss.addContent(channel);
        }
    }

    private static void normaliseRdf(Element rdf) {
        Namespace rssNs = rdf.getAdditionalNamespaces().contains(RSS_090) ? RSS_090 : RSS_10;
        if (rdf.getChild("channel", rssNs) == null) {
            rdf.addContent(new Element("channel", rssNs));
        }
    }

    private static void normaliseAtom(Element feed) {
        Namespace ns = feed.getNamespace();
        if (!ns.equals(ATOM_10) && !ns.equals(ATOM_03)) {
            moveToNamespace(feed, ns, "0.3".equals(feed.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
        }
        if (feed.getNamespace().equals(ATOM_03)) {
            decodeBase64(feed);
        } else {
            decodeBinaryText(feed);
        }
        hrefFromText(feed);
        linkFromRelativeId(feed);
    }

    /**
     * An Atom id is an IRI, so one written relative is a relative reference: feedparser resolves it against
     * xml:base or the document's address. It stands in as the link only of an entry with no link at all; an
     * absolute id is already read that way, and an entry's own links, enclosures included, always come first.
     */
    private static void linkFromRelativeId(Element feed) {
        Namespace ns = feed.getNamespace();
        for (Element entry : feed.getChildren("entry", ns)) {
            String id = entry.getChildTextTrim("id", ns);
            if (id != null && entry.getChild("link", ns) == null && isRelativeReference(id)) {
                entry.addContent(new Element("link", ns).setAttribute("rel", "alternate").setAttribute("href",
                        XmlBase.resolve(entry, id)));
            }
        }
    }

    private static boolean isRelativeReference(String id) {
        try {
            return !id.isEmpty() && !new URI(id.replace(" ", "%20")).isAbsolute();
        } catch (URISyntaxException notReference) {
            return false;
        }
    }

    /** {@code <link>http://…</link>}, the address written as text rather than in href, as feedparser reads it. */
    private static void hrefFromText(Element feed) {
        List<Element> links = new ArrayList<>();
        feed.getDescendants(Filters.element("link", feed.getNamespace())).forEach(links::add);
        for (Element link : links) {
            if (link.getAttribute("href") == null && !link.getTextTrim().isEmpty()) {
                link.setAttribute("href", link.getTextTrim());
                link.removeContent();
            }
        }
    }

    /**
     * Atom 1.0 text whose type is a media type other than text or XML is base64 (RFC 4287 section 4.1.3.3):
     * decoded here and handed to Rome as HTML.
     */
    private static void decodeBinaryText(Element feed) {
        List<Element> encoded = new ArrayList<>();
        feed.getDescendants(Filters.element(feed.getNamespace())).forEach(e -> {
            if (TEXT_CONSTRUCTS.contains(e.getName()) && isBinaryType(e.getAttributeValue("type"))) {
                encoded.add(e);
            }
        });
        for (Element element : encoded) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
                element.setText(new String(bytes, StandardCharsets.UTF_8));
                element.setAttribute("type", "html");
            } catch (IllegalArgumentException notBase64) {
                // Keep the text as it is.
            }
        }
    }

    private static boolean isBinaryType(@Nullable String type) {
        if (type == null || !type.contains("/")) {
            return false;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        return !t.startsWith("text/") && !t.endsWith("/xml") && !t.endsWith("+xml");
    }

    private static void moveToNamespace(Element root, Namespace from, Namespace to) {
        List<Element> moved = new ArrayList<>();
        root.getDescendants(Filters.element(from)).forEach(moved::add);
        moved.add(root);
        for (Element element : moved) {
            element.setNamespace(to);
        }
    }

    /** Atom 0.3 {@code mode="base64"}: decode it here and hand Rome the text as escaped content of its type. */
    private static void decodeBase64(Element feed) {
        List<Element> encoded = new ArrayList<>();
        feed.getDescendants(Filters.element()).forEach(e -> {
            if ("base64".equals(e.getAttributeValue("mode"))) {
                encoded.add(e);
            }
        });
        for (Element element : encoded) {
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
                element.setText(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) {
                // Keep the text as it is; escaped mode shows it as written.
            }
            element.setAttribute("mode", "escaped");
        }
    }
}
