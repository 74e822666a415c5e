package wirewatch.feed;

import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Microsoft's Channel Definition Format (CDF, 1997), which feedparser still reads, rewritten as the RSS 2.0 it
 * amounts to: {@code <CHANNEL HREF>} with {@code <TITLE>} and {@code <ABSTRACT>}, and {@code <ITEM HREF
 * LASTMOD>} children with their own title and abstract.
 */
final class CdfChannel {
    private CdfChannel() {
    }

    static Element toRss(Element cdf) {
        Element channel = described(cdf, new Element("channel"));
        for (Element item : cdf.getChildren("ITEM")) {
            Element rssItem = described(item, new Element("item"));
            String lastModified = item.getAttributeValue("LASTMOD");
            if (lastModified != null) {
                rssItem.addContent(new Element("pubDate").setText(lastModified));
            }
            channel.addContent(rssItem);
        }
        return new Element("rss").setAttribute("version", "2.0").addContent(channel);
    }

    /** {@code to} with the title, link and description of {@code from}; a relative HREF resolved by xml:base. */
    private static Element described(Element from, Element to) {
        copy(from.getChildText("TITLE"), "title", to);
        copy(href(from), "link", to);
        copy(from.getChildText("ABSTRACT"), "description", to);
        return to;
    }

    private static @Nullable String href(Element element) {
        String href = element.getAttributeValue("HREF");
        return href == null ? null : XmlBase.resolve(element, href);
    }

    private static void copy(@Nullable String value, String name, Element to) {
        if (value != null && !value.isBlank()) {
            to.addContent(new Element(name).setText(value.strip()));
        }
    }
}
