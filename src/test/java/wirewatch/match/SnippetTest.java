package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
    /** Sixty numbered words, then the two terms close together, then sixty more, across lines. */
    private static final String TEXT = words("early", 60) + "\nthe Kremlin said it would study the ceasefire plan\n"
            + words("late", 60) + " Kremlin";

    private static String words(String stem, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(stem + i);
        }
        return String.join(" ", words);
    }

    private static List<TextHit> hits(String text, String... terms) {
        List<TextHit> hits = new ArrayList<>();
        for (String term : terms) {
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                hits.add(new TextHit(at, at + term.length(), term.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        hits.sort(null);
        return hits;
    }

    @Test
    void picksThePassageWhereAllTermsMeet() {
        Snippet snippet = Snippet.cut(TEXT, hits(TEXT, "Kremlin", "ceasefire"));
        assertTrue(snippet.text().contains("the Kremlin said it would study the ceasefire plan"), snippet.text());
        assertTrue(!snippet.text().endsWith("Kremlin"), snippet.text());
    }

    @Test
    void marksPointExactlyAtTheTerms() {
        Snippet snippet = Snippet.cut(TEXT, hits(TEXT, "Kremlin", "ceasefire"));
        List<String> marked = snippet.marks().stream()
                .map(mark -> snippet.text().substring(mark.start(), mark.end())).toList();
        assertEquals(List.of("Kremlin", "ceasefire"), marked);
    }

    @Test
    void cutPassageShowsEllipsesAndWholeWords() {
        Snippet snippet = Snippet.cut(TEXT, hits(TEXT, "Kremlin", "ceasefire"));
        assertTrue(snippet.text().startsWith("…early"), snippet.text());
        assertTrue(snippet.text().endsWith("…"), snippet.text());
        assertEquals(Snippet.WORDS, snippet.text().replace("…", "").split(" ").length);
    }

    @Test
    void newlinesBecomeSpaces() {
        Snippet snippet = Snippet.cut(TEXT, hits(TEXT, "Kremlin", "ceasefire"));
        assertTrue(snippet.text().indexOf('\n') < 0, snippet.text());
    }

    @Test
    void shortTextIsShownWholeWithoutEllipses() {
        String text = "Peskov said the Kremlin\nwould reply soon.";
        Snippet snippet = Snippet.cut(text, hits(text, "Kremlin"));
        assertEquals("Peskov said the Kremlin would reply soon.", snippet.text());
        assertEquals("Kremlin", snippet.text().substring(snippet.marks().get(0).start(),
                snippet.marks().get(0).end()));
    }

    @Test
    void withoutHitsTheOpeningIsShown() {
        Snippet snippet = Snippet.cut(TEXT, List.of());
        assertTrue(snippet.text().startsWith("early0 early1"), snippet.text());
        assertTrue(snippet.marks().isEmpty());
    }
}
