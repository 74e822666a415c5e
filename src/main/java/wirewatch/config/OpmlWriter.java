package wirewatch.config;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes feeds as an OPML 2.0 subscription list, the file feed readers import: one {@code outline} a feed, its name
 * as {@code text} and {@code title}, its address as {@code xmlUrl}. The XML writer escapes every value, so an
 * {@code &} in an address stays data. {@link OpmlReader} reads the result back to the same names and addresses.
 */
public final class OpmlWriter {
    private OpmlWriter() {
    }

    /** The whole document, ending with a newline. */
    public static String write(List<FeedSpec> feeds) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            try {
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement("opml");
                xml.writeAttribute("version", "2.0");
                xml.writeCharacters("\n  ");
                xml.writeStartElement("head");
                xml.writeStartElement("title");
                xml.writeCharacters("wirewatch feeds");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("body");
                for (FeedSpec feed : feeds) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("outline");
                    xml.writeAttribute("type", "rss");
                    xml.writeAttribute("text", feed.name());
                    xml.writeAttribute("title", feed.name());
                    xml.writeAttribute("xmlUrl", feed.url().toString());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // Writing to a StringWriter does no I/O; only a bug in the writer gets here.
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
        return text + "\n";
    }
}
