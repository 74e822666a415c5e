package wirewatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final String TITLE = "Reyk: no truce while Velmoran troops hold the east bank";

    private static Article article(String body) {
        return new Article("a1", "river-post", "g1", "http://127.0.0.1/a1", TITLE, body, null, List.of());
    }

    @Test
    void pageWithItsHeadlineGivesTheTitleOnce() {
        String page = "<html><body><nav>Home · World</nav><article><h1>" + TITLE + "</h1>"
                + "<p>President Tomas Reyk spoke on Sunday night.</p><p>Ardeshi troops stay put.</p></article>"
                + "</body></html>";
        String body = new FullTextExtractor().extract(page, URI.create("http://127.0.0.1/a1"));

        Article article = article(body);

        assertEquals(TITLE + "\n\nPresident Tomas Reyk spoke on Sunday night.\n\nArdeshi troops stay put.",
                article.text());
        assertEquals("President Tomas Reyk spoke on Sunday night.\n\nArdeshi troops stay put.",
                article.bodyAfterTitle());
    }

    @Test
    void headlineIsKnownWhateverItsCaseAndSpacing() {
        Article article = article("reyk:  no truce while Velmoran troops\nhold the east bank\n\nThe president spoke.");
        assertEquals("The president spoke.", article.bodyAfterTitle());
    }

    @Test
    void bodyOpeningWithOtherWordsIsKeptWhole() {
        String body = "Reyk: no truce while Velmoran troops hold the east bank, he said on Sunday.\n\nMore.";
        assertEquals(body, article(body).bodyAfterTitle());
        assertEquals(TITLE + "\n\n" + body, article(body).text());
    }

    @Test
    void bodyThatIsOnlyTheTitleLeavesTheTitle() {
        assertEquals(TITLE, article(TITLE).text());
    }
}
