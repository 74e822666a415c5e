package wirewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrouperTest {
    private final Grouper grouper = new Grouper(new VariantMatcher());

    private static Statement said(String speaker, String quote) {
        return new Statement(speaker, quote, Statement.Kind.DIRECT, 0, quote.length());
    }

    private final Statement wire = said("Elena Varga",
            "We will open the corridor as soon as the inspectors confirm the mines are cleared");
    private final Statement translation = said("Elena Varga",
            "We will reopen the corridor once inspectors confirm that the mines have been removed");
    private final Statement budget = said("Elena Varga", "The budget for schools will rise by a tenth next year");
    private final Statement other = said("Tomas Hollander",
            "We will open the corridor as soon as the inspectors confirm the mines are cleared");

    @Test
    void firstStatementIsNewAndHasNoPrevious() {
        Grouped g = grouper.group(List.of(wire)).get(0);
        assertEquals(Grouped.Change.NEW, g.change());
        assertNull(g.previous());
    }

    @Test
    void laterRenderingJoinsTheGroupAsVariantOfTheEarlierOne() {
        List<Grouped> g = grouper.group(List.of(wire, translation));
        assertEquals(Grouped.Change.VARIANT, g.get(1).change());
        assertEquals(g.get(0).group(), g.get(1).group());
        assertEquals(wire, g.get(1).previous());
    }

    @Test
    void differentRemarkStartsNewGroup() {
        List<Grouped> g = grouper.group(List.of(wire, budget));
        assertEquals(Grouped.Change.NEW, g.get(1).change());
        assertNotEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void sameWordsFromAnotherSpeakerStartNewGroup() {
        List<Grouped> g = grouper.group(List.of(wire, other));
        assertNotEquals(g.get(0).group(), g.get(1).group());
    }

    @Test
    void groupIdsAreStableAcrossRuns() {
        assertEquals(grouper.group(List.of(wire, translation, budget)),
                new Grouper(new VariantMatcher()).group(List.of(wire, translation, budget)));
    }

    @Test
    void placingOneStatementAgreesWithGroupingAll() {
        List<Grouped> earlier = grouper.group(List.of(wire, budget));
        Grouped placed = grouper.place(translation, earlier);
        assertEquals(earlier.get(0).group(), placed.group());
    }
}
