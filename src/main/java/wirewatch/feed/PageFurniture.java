package wirewatch.feed;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what surrounds a story on a news page: navigation, headers and footers, asides, scripts, forms, and
 * blocks whose class or id names them as related links, newsletter sign-ups, share buttons, promotions, ads,
 * comments or cookie notices. The story's own containers ({@code article}, {@code main}, the
 * {@code articleBody}) and anything holding them are never removed, however they are named.
 */
final class PageFurniture {
    private static final String FURNITURE_TAGS = "nav, header, footer, aside, script, style, noscript, template, "
            + "form, button, iframe, svg, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true]";
    private static final String STORY = "article, main, [itemprop=articleBody], [role=main]";

    /** Words in class and id values that mark furniture; matched against each hyphen- or underscore-separated part. */
    private static final Set<String> HINTS = Set.of("related", "newsletter", "share", "sharing", "social", "promo",
            "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "subscribe", "subscription", "signup",
            "comments", "comment", "cookie", "cookies", "consent", "outbrain", "taboola", "recommended", "popular",
            "trending", "breadcrumb", "breadcrumbs", "byline", "sidebar", "paywall", "banner", "toolbar", "tags");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s_-]+");

    private PageFurniture() {
    }

    static void remove(Element body) {
        for (Element element : body.select(FURNITURE_TAGS)) {
            if (!holdsStory(element)) {
                element.remove();
            }
        }
        int pageText = paragraphText(body);
        for (Element element : body.select("[class], [id]")) {
            // A block that holds half the page's paragraphs is the story, whatever its class says.
            if (element.parent() != null && isHinted(element) && !holdsStory(element)
                    && paragraphText(element) * 2 < pageText) {
                element.remove();
            }
        }
        // Captions are often credits and ad labels; the story's own words are in its paragraphs.
        body.select("figcaption").remove();
    }

    static int paragraphText(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p")) {
            length += paragraph.text().length();
        }
        return length;
    }

    private static boolean holdsStory(Element element) {
        return element.is(STORY) || !element.select(STORY).isEmpty();
    }

    private static boolean isHinted(Element element) {
        return hasHint(element.className()) || hasHint(element.id());
    }

    private static boolean hasHint(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (String word : WORD_SEPARATORS.split(value.toLowerCase(Locale.ROOT))) {
            if (HINTS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
