package wirewatch.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the subscriptions of an OPML file (as exported by feed readers): every {@code outline} with an
 * {@code xmlUrl}, at any depth, so folders are flattened. The parser reads no DTD and resolves no entity, and a
 * file that declares a DTD is refused: an OPML file never needs one, and a hostile one could read local files.
 */
final class OpmlReader {
    private final Path file;
    private final String display;
    private final Location importedAt;
    private final List<String> skipped;

    /**
     * @param importedAt the {@code opml:} value in feeds.yml, which messages point back to
     * @param skipped where each outline that cannot be polled is said, one line each
     */
    OpmlReader(Path file, Location importedAt, List<String> skipped) {
        this.file = file;
        this.display = file.toString();
        this.importedAt = importedAt;
        this.skipped = skipped;
    }

    List<OpmlOutline> read() throws ConfigException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return outlines(xml);
            } finally {
                xml.close();
            }
        } catch (NoSuchFileException e) {
            throw ConfigException.at(importedAt, "no such OPML file " + display
                    + "; fix the path, which is relative to the folder of the config file");
        } catch (IOException e) {
            throw ConfigException.at(importedAt, "cannot read OPML file " + display + " (" + e.getMessage()
                    + "); check the file and its permissions");
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private List<OpmlOutline> outlines(XMLStreamReader xml) throws XMLStreamException, ConfigException {
        List<OpmlOutline> found = new ArrayList<>();
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw problem(xml, "the file declares a DTD, which wirewatch never reads; remove the <!DOCTYPE> part");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (!sawRoot && !element.equalsIgnoreCase("opml")) {
                throw problem(xml, "not an OPML file: its root element is <" + element + ">, not <opml>; "
                        + "export the subscriptions from your feed reader as OPML");
            }
            sawRoot = true;
            if (element.equalsIgnoreCase("outline")) {
                outline(xml, found);
            }
        }
        return found;
    }

    /**
     * Another reader's export may hold feeds that it makes itself (newsboat's {@code exec:}, {@code filter:},
     * {@code query:} and {@code |command} outlines) or fetches by other means: those are skipped with a warning
     * each, and the rest imported, rather than one outline refusing the whole file.
     */
    private void outline(XMLStreamReader xml, List<OpmlOutline> found) {
        String url = attribute(xml, "xmlUrl");
        if (url.isBlank()) {
            return;
        }
        String title = attribute(xml, "title").isBlank() ? attribute(xml, "text") : attribute(xml, "title");
        Location where = here(xml);
        try {
            found.add(new OpmlOutline(title.strip(), FeedUrl.parse(url), where));
        } catch (IllegalArgumentException e) {
            skipped.add(where + ": skipped OPML outline '" + title.strip() + "': xmlUrl '" + url.strip() + "' "
                    + unpollable(url.strip(), e.getMessage()) + "; wirewatch polls only http and https feeds");
        }
    }

    private static String unpollable(String url, String why) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (url.startsWith("|") || scheme.equals("exec")) {
            return "runs a command";
        }
        if (scheme.equals("filter")) {
            return "runs a feed through a command";
        }
        if (scheme.equals("query")) {
            return "is another reader's saved search, not a feed";
        }
        return "cannot be polled: " + why;
    }

    /** Attribute values by name, ignoring case, since some readers write {@code xmlurl}. */
    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equalsIgnoreCase(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return "";
    }

    private ConfigException problem(XMLStreamReader xml, String message) {
        return ConfigException.at(here(xml), message + " (imported at " + importedAt + ")");
    }

    private Location here(XMLStreamReader xml) {
        javax.xml.stream.Location at = xml.getLocation();
        return new Location(display, Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()));
    }

    private ConfigException notWellFormed(XMLStreamException e) {
        Location where = e.getLocation() == null ? new Location(display, 1, 1)
                : new Location(display, Math.max(1, e.getLocation().getLineNumber()),
                        Math.max(1, e.getLocation().getColumnNumber()));
        String message = e.getMessage() == null ? "" : e.getMessage();
        int text = message.indexOf("Message: ");
        String why = (text >= 0 ? message.substring(text + "Message: ".length()) : message).strip();
        return new ConfigException(where + ": not well-formed OPML (" + why + "); fix the file or remove the "
                + "'opml:' entry at " + importedAt, e);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
