package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLearnerTest {
    @Test
    void headSkipsAuxiliariesAdverbsAndContractions() {
        assertEquals("told", CueLearner.head("has also told").orElseThrow());
        assertEquals("wrote", CueLearner.head("bluntly wrote in a statement").orElseThrow());
        assertTrue(CueLearner.head("didn't").isEmpty());
    }

    @Test
    void learnsRecurringCuesThatRarelyDoAnythingElse() {
        String article = """
                Mayor Ines Duarte conceded that the bridge would stay shut. "We were wrong," she conceded.
                The council went to the vote. Duarte went home. Her deputy went on to say little.
                Harbour master Jon Vik conceded the point. Vik went quiet, then went out.
                The ferry went north, the lorries went south, and the prices went up as the light went down.
                Everyone went to bed; nobody went to the pier; the story went around and went cold.
                """;
        List<String> learned = CueLearner.learn(List.of("conceded", "conceded", "conceded", "went on to say",
                "went on to say", "went on to say"), List.of(article));
        assertTrue(learned.contains("conceded"), learned.toString());
        assertFalse(learned.contains("went"), learned.toString());
    }

    @Test
    void shippedListIsReadIntoTheReportingVerbs() {
        assertTrue(Lexicon.REPORTING.contains("conceded"));
        assertTrue(Lexicon.REPORTING_ING.contains("noting"));
        assertFalse(Lexicon.REPORTING.contains("noting"));
    }
}
