package wirewatch.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.System.Logger.Level;
import java.util.List;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads feed text into a JDOM document, safely and forgivingly. DTDs are allowed (RSS 0.91 declares one) but never
 * fetched, external entities are never resolved, and internal entity expansion is capped, so XXE and
 * billion-laughs documents cannot read files, reach the network or exhaust memory. A document that is not
 * well-formed is retried once after repair (HTML entities such as {@code &nbsp;} made numeric, characters and
 * character references that XML forbids removed); the repair is reported as a problem. Elements nested deeper than
 * {@link #MAX_DEPTH} stop the parser before any tree is built, since Rome and JDOM walk trees recursively.
 * Thread-safe: each thread reuses its own parser.
 */
final class FeedXml {
    private static final System.Logger LOG = System.getLogger(FeedXml.class.getName());
    private static final String JDK_PROPERTIES = "http://www.oracle.com/xml/jaxp/properties/";
    /** Far above what any real feed declares, far below what hurts: a billion-laughs feed stops here. */
    private static final String MAX_ENTITY_EXPANSIONS = "10000";
    private static final String MAX_ENTITY_CHARS = "1000000";
    /**
     * Far deeper than any feed nests, shallow enough for Rome and JDOM, which walk the tree recursively: a document
     * nested 10,000 deep overflows their stack.
     */
    static final int MAX_DEPTH = 500;
    private static final int MAX_MESSAGE_CHARS = 200;
    /** The JDK's code for a processing limit such as entityExpansionLimit (JAXP00010001 to JAXP00010008). */
    private static final String JDK_LIMIT_CODE = "JAXP0001000";
    /** The JDK's code for going past maxElementDepth. */
    private static final String JDK_DEPTH_CODE = "JAXP00010006";

    private final ThreadLocal<SAXBuilder> builders = ThreadLocal.withInitial(FeedXml::newBuilder);

    Document read(String text, List<String> problems) throws FeedFormatException {
        try {
            return build(new StringReader(text));
        } catch (JDOMParseException malformed) {
            if (isTooDeep(malformed)) {
                throw new FeedFormatException("elements nested " + Math.max(XmlTags.deepest(text), MAX_DEPTH + 1)
                        + " deep, limit " + MAX_DEPTH + "; refused before building the document", malformed);
            }
            try {
                Document repaired = build(new XmlFixerReader(new StringReader(XmlRepair.repair(text))));
                problems.add("repaired " + describe(malformed));
                return repaired;
            } catch (JDOMParseException | RuntimeException stillMalformed) {
                throw new FeedFormatException(describe(malformed), malformed);
            }
        }
    }

    private Document build(Reader reader) throws JDOMParseException, FeedFormatException {
        try {
            return builders.get().build(new InputSource(reader));
        } catch (JDOMParseException e) {
            throw e;
        } catch (JDOMException | IOException e) {
            throw new FeedFormatException("unreadable XML: " + oneLine(e.getMessage()), e);
        }
    }

    private static boolean isTooDeep(JDOMParseException e) {
        String detail = e.getCause() == null ? null : e.getCause().getMessage();
        return detail != null && detail.startsWith(JDK_DEPTH_CODE);
    }

    /** {@code malformed XML at line L, column C: what the parser saw}. */
    static String describe(JDOMParseException e) {
        Throwable cause = e.getCause();
        String detail = cause instanceof SAXParseException ? cause.getMessage() : e.getMessage();
        if (detail != null && detail.startsWith(JDK_LIMIT_CODE)) {
            // The JDK reports its entity limits at line 1, column 1, which would send the reader to the wrong place.
            return "refused XML whose entities expand beyond safe limits (an entity bomb): " + oneLine(detail);
        }
        return "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                + oneLine(detail);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = TextCleaner.line(message);
        return line.length() <= MAX_MESSAGE_CHARS ? line : line.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static SAXBuilder newBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        setLimitIfSupported(builder, "entityExpansionLimit", MAX_ENTITY_EXPANSIONS);
        setLimitIfSupported(builder, "totalEntitySizeLimit", MAX_ENTITY_CHARS);
        setLimitIfSupported(builder, "maxElementDepth", String.valueOf(MAX_DEPTH));
        // Whatever slips past the features above resolves to nothing rather than to a file or a URL.
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(true);
        builder.setReuseParser(true);
        return builder;
    }

    /**
     * The JDK's parser takes tighter entity limits than its defaults; another SAX parser on the class path may not
     * know the property, and then secure processing's own limits apply instead of every parse failing.
     */
    private static void setLimitIfSupported(SAXBuilder builder, String limit, String value) {
        String property = JDK_PROPERTIES + limit;
        try {
            XMLReader probe = XMLReaders.NONVALIDATING.createXMLReader();
            probe.setProperty(property, value);
            builder.setProperty(property, value);
        } catch (JDOMException | SAXException unsupported) {
            LOG.log(Level.INFO, "XML parser does not support " + property + "; using its secure defaults");
        }
    }
}
