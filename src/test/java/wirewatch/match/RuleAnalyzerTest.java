package wirewatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class RuleAnalyzerTest {
    private final RuleAnalyzer analyzer = new RuleAnalyzer();

    private List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void lowerCasesAndFoldsAccents() throws IOException {
        assertEquals(List.of("zelensky", "met", "sefcovic"), tokens("Zelenský met Šefčovič"));
    }

    @Test
    void dropsPluralsAndPossessives() throws IOException {
        assertEquals(List.of("putin", "ceasefire"), tokens("Putin's ceasefires"));
    }

    @Test
    void hyphenatedWordGivesJoinedFormAndParts() throws IOException {
        assertEquals(List.of("ceasefire", "cease", "fire"), tokens("cease-fire"));
    }

    @Test
    void abbreviationsAndDecimalsStayWhole() throws IOException {
        assertEquals(List.of("3.5", "percent"), tokens("3.5 percent"));
    }

    @Test
    void numberRangesSplitAtTheHyphen() throws IOException {
        assertEquals(List.of("2024", "25", "budget"), tokens("2024-25 budget"));
    }
}
