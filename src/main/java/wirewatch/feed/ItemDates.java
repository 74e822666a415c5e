package wirewatch.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jspecify.annotations.Nullable;

/**
 * Takes the date elements out of a feed document before Rome reads it, so that dates are parsed once by
 * {@link FeedDates} instead of by Rome's slow mask-by-mask parser. The raw date of each item is kept in a marker
 * element of our own namespace, which Rome carries through to the {@link SyndEntry} as foreign markup; that keeps
 * each date with its own item whatever Rome skips or reorders.
 */
final class ItemDates {
    private static final Namespace MARKS = Namespace.getNamespace("wirewatch-dates", "urn:x-wirewatch:item-dates");
    private static final String PUBLISHED = "published";
    private static final String UPDATED = "updated";

    /** When the item first appeared, in order of preference: RSS, Atom 1.0, Atom 0.3, Dublin Core. */
    private static final List<String> PUBLISHED_NAMES = List.of("pubDate", "published", "issued", "created", "date");
    private static final List<String> UPDATED_NAMES = List.of("updated", "modified", "lastBuildDate");
    private static final Set<String> OTHER_DATES = Set.of("expirationDate", "updateBase", "dateAccepted",
            "dateSubmitted", "dateCopyrighted", "available", "valid");

    private ItemDates() {
    }

    /** Moves every channel, feed, item and entry date out of the document; item dates become markers. */
    static void lift(Document document) {
        Element root = document.getRootElement();
        dropDates(root);
        for (Element child : root.getChildren()) {
            if (isItem(child)) {
                markItem(child);
            } else if (child.getName().equals("channel")) {
                dropDates(child);
                for (Element grandChild : child.getChildren()) {
                    if (isItem(grandChild)) {
                        markItem(grandChild);
                    }
                }
            }
        }
    }

    /** The raw date Rome carried through for this entry: its publication date, else its last update, else null. */
    static @Nullable String of(SyndEntry entry) {
        String updated = null;
        for (Element element : entry.getForeignMarkup()) {
            if (MARKS.equals(element.getNamespace())) {
                if (element.getName().equals(PUBLISHED)) {
                    return element.getText();
                }
                updated = element.getText();
            }
        }
        return updated;
    }

    private static boolean isItem(Element element) {
        return element.getName().equals("item") || element.getName().equals("entry");
    }

    private static void markItem(Element item) {
        String published = firstText(item, PUBLISHED_NAMES);
        String updated = firstText(item, UPDATED_NAMES);
        dropDates(item);
        if (published != null) {
            item.addContent(new Element(PUBLISHED, MARKS).setText(published));
        }
        if (updated != null) {
            item.addContent(new Element(UPDATED, MARKS).setText(updated));
        }
    }

    /** The text of the first child named by the earliest name in {@code names} that has one with text. */
    private static @Nullable String firstText(Element item, List<String> names) {
        String found = null;
        int rank = names.size();
        for (Element child : item.getChildren()) {
            int at = names.indexOf(child.getName());
            if (at >= 0 && at < rank && !child.getTextTrim().isEmpty()) {
                found = child.getTextTrim();
                rank = at;
            }
        }
        return found;
    }

    private static void dropDates(Element parent) {
        List<Element> dates = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            String name = child.getName();
            if (PUBLISHED_NAMES.contains(name) || UPDATED_NAMES.contains(name) || OTHER_DATES.contains(name)) {
                dates.add(child);
            }
        }
        dates.forEach(Element::detach);
    }
}
