package wirewatch.feed;

import java.net.URI;
import java.net.URISyntaxException;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** A reference in a feed resolved against the nearest xml:base in scope, as XML Base says. */
final class XmlBase {
    private XmlBase() {
    }

    /** {@code reference} resolved against the xml:base nearest {@code element}; as written when there is none. */
    static String resolve(Element element, String reference) {
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null) {
                try {
                    return new URI(base.strip()).resolve(new URI(reference.strip().replace(" ", "%20"))).toString();
                } catch (URISyntaxException | IllegalArgumentException unusable) {
                    return reference;
                }
            }
        }
        return reference;
    }
}
