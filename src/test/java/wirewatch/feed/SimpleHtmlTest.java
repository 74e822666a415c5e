package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reading of simple item HTML gives what jsoup's tree gives, and declines what it cannot be sure of. */
class SimpleHtmlTest {
    private static final List<String> TAGS = List.of("p", "p", "p", "div", "blockquote", "ul", "ol", "li", "h2", "a",
            "b", "i", "em", "strong", "span", "br", "img", "table", "td", "pre", "script", "foo", "del");
    private static final List<String> ATTRIBUTES = List.of("", " href=\"http://127.0.0.1/a?x=1&amp;y=2\"",
            " class='lead'", " title=\"a > b\"", " href=/plain", " data-x=\"it's\"", " alt=it's", " /", "\n  id=\"n\"");
    private static final List<String> TEXTS = List.of("The Kremlin said", " ", "\n", "\r\n", "“truce”", "&amp;",
            "&nbsp;", "&eacute;", "&#8217;", "&#x2014;", "&notit;", "&amp", "a < b", "x > y", "caf&eacute;", "\t",
            "Peskov's", "&#0;", "<!-- c -->", "<", "</", "</p >", "</ p>", "<br/>", "</br>");

    @Test
    void givesWhatJsoupGivesOrDeclines() {
        Random random = new Random(5);
        int simple = 0;
        for (int round = 0; round < 50_000; round++) {
            String html = fragment(random);
            String quick = SimpleHtml.text(html);
            if (quick != null) {
                simple++;
                assertEquals(TextCleaner.fromHtmlParsed(html), TextCleaner.clean(quick), html);
            }
        }
        assertTrue(simple > 5_000, "only " + simple + " fragments were simple enough to test");
    }

    private static String fragment(Random random) {
        StringBuilder html = new StringBuilder();
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        int parts = 1 + random.nextInt(10);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                html.append(TEXTS.get(random.nextInt(TEXTS.size())));
            } else if (kind < 7 || open.isEmpty()) {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                html.append('<').append(random.nextInt(8) == 0 ? tag.toUpperCase() : tag)
                        .append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()))).append('>');
                open.push(tag);
            } else {
                // Mostly the right end tag, sometimes another one.
                String tag = random.nextInt(6) == 0 ? TAGS.get(random.nextInt(TAGS.size())) : open.pop();
                html.append("</").append(tag).append('>');
            }
        }
        while (!open.isEmpty() && random.nextBoolean()) {
            html.append("</").append(open.pop()).append('>');
        }
        return html.toString();
    }

    @Test
    void readsTheUsualItemMarkup() {
        String html = "<p>“We are ready,” <a href=\"https://127.0.0.1/x\">Peskov</a> said.</p>\n<p>Talks&nbsp;<b>resume</b>"
                + "<br/>on Friday.</p><ul><li>one</li><li>two</li></ul>";
        assertNotNull(SimpleHtml.text(html));
        assertEquals("“We are ready,” Peskov said.\n\nTalks resume on Friday.\n\none\n\ntwo", TextCleaner.fromHtml(html));
    }

    @Test
    void leavesTheRestToJsoup() {
        for (String html : List.of("<table><td>x</td></table>", "<p>a<div>b</div></p>", "<b>a<p>b</b></p>",
                "a < b <i>c</i>", "<!-- note --><p>x</p>", "<script>x</script>", "<li>loose</li>", "<p>a</div>",
                "<pre>  kept  </pre>", "<a title=\"x>")) {
            assertNull(SimpleHtml.text(html), html);
        }
    }
}
