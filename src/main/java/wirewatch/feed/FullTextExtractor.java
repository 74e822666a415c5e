package wirewatch.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds the main text of a news page: the article, not its navigation, ads, related links or footer.
 *
 * <p>Page furniture is removed first (navigation, header, footer, aside, scripts, forms, and blocks whose class or
 * id says related, newsletter, share, promo, ad …). Then the first of {@code [itemprop=articleBody]},
 * {@code article} and {@code main} that holds most of the page's paragraph text is taken, else the element with the
 * densest run of {@code <p>} text. The result is plain text with paragraphs separated by {@code "\n\n"}, cleaned by
 * {@link TextCleaner}; it is empty when the page has no text. Stateless and thread-safe.
 */
public final class FullTextExtractor {
    /** Below this much text a feed item is a teaser worth replacing by its page. */
    static final int THIN_CHARS = 600;
    /** A preferred container must hold at least this share of the densest block's paragraph text. */
    private static final double PREFERRED_SHARE = 0.7;

    private static final String[] PREFERRED = {"[itemprop=articleBody]", "article", "main", "[role=main]"};

    /** Extracts the main text from a page already decoded to text. {@code base} is the page's own URL. */
    public String extract(String html, URI base) {
        return extract(Jsoup.parse(html, base.toString()));
    }

    /**
     * Extracts the main text from a page as received: the charset comes from {@code contentType}, else from the
     * page's BOM or {@code <meta charset>}, else UTF-8.
     */
    public String extract(byte[] page, @Nullable String contentType, URI base) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        Charset charset = type == null ? null : type.charset(null);
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(page), charset == null ? null : charset.name(),
                    base.toString()));
        } catch (IOException e) {
            // A byte array never fails to read; jsoup only declares it.
            throw new IllegalStateException("reading a page from memory failed", e);
        }
    }

    /**
     * Whether an article's text is only a teaser, so its page is worth fetching: under about 600 characters, or
     * nothing but a repeat of the title, or a cut-off ending in an ellipsis or "read more".
     */
    public static boolean isThin(Article article) {
        String body = article.body().strip();
        if (body.length() < THIN_CHARS) {
            return true;
        }
        String title = article.title().strip();
        if (!title.isEmpty() && title.startsWith(body)) {
            return true;
        }
        String ending = body.substring(Math.max(0, body.length() - 20)).toLowerCase(Locale.ROOT);
        return ending.endsWith("…") || ending.endsWith("[…]") || ending.endsWith("[...]")
                || ending.endsWith("read more") || ending.endsWith("continue reading");
    }

    private static String extract(Document page) {
        Element body = page.body();
        PageFurniture.remove(body);
        Element densest = densest(body);
        int densestText = densest == null ? 0 : PageFurniture.paragraphText(densest);
        for (String selector : PREFERRED) {
            Element candidate = richest(body.select(selector));
            if (candidate != null && PageFurniture.paragraphText(candidate) >= densestText * PREFERRED_SHARE
                    && PageFurniture.paragraphText(candidate) > 0) {
                return TextCleaner.clean(BlockText.of(candidate));
            }
        }
        return TextCleaner.clean(BlockText.of(densest == null ? body : densest));
    }

    private static @Nullable Element richest(Elements candidates) {
        Element best = null;
        int bestText = -1;
        for (Element candidate : candidates) {
            int text = PageFurniture.paragraphText(candidate);
            if (text > bestText) {
                best = candidate;
                bestText = text;
            }
        }
        return best;
    }

    /** The element whose own paragraphs hold the most text: the body of the story on most news pages. */
    private static @Nullable Element densest(Element body) {
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
