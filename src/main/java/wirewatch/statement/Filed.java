package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Earlier renderings filed by variant group, as {@link Grouper#place} reads them: per group, in the order groups first
 * appear, the renderings a statement may be compared with (the first and the latest {@link Grouper#COMPARED} of the
 * members, which is all a placement reads of them), and the speaker the group's renderings first name. A caller that
 * keeps its earlier renderings in a few lists that change rarely (a speaker's history, the unattributed ones) files
 * each list once and hands the filed lists to many placements, which then read a few renderings per group rather
 * than every rendering. Filed lists concatenate: filing two lists one after the other, or filing each and reading
 * them in turn, gives a placement the same renderings. Not thread-safe; unchanged once filled.
 */
public final class Filed {
    private final Map<String, List<Rendering>> members = new LinkedHashMap<>();
    private final Map<String, String> speakers = new LinkedHashMap<>();
    /** Per group, the members without repeats, as a statement from an article none of them comes from reads them. */
    private final Map<String, List<Rendering>> distinct = new HashMap<>();

    /**
     * Files the next rendering: among the group's members when {@code member} (a statement is compared with members
     * only), and in any case as naming the group's speaker if it names one and none did before.
     */
    public void add(Rendering r, boolean member) {
        String group = r.group();
        if (member) {
            List<Rendering> kept = members.computeIfAbsent(group, g -> new ArrayList<>(4));
            if (kept.size() == Grouper.COMPARED) {
                // Past the first and the latest ones, no placement reads a member.
                kept.remove(1);
            }
            kept.add(r);
            distinct.remove(group);
        }
        String speaker = r.statement().speaker();
        if (speaker != null) {
            speakers.putIfAbsent(group, speaker);
        }
    }

    /** Each group with members, in the order they first appeared, with the members a placement reads. */
    void forEachGroup(BiConsumer<String, List<Rendering>> action) {
        members.forEach(action);
    }

    /**
     * The group's members a statement from {@code article} is compared with, without repeats: worked out once for
     * all the statements from other articles than the members'.
     */
    List<Rendering> distinct(String group, String article) {
        List<Rendering> kept = members.get(group);
        for (Rendering r : kept) {
            if (r.sameArticle(article)) {
                return Grouper.distinct(kept, article);
            }
        }
        return distinct.computeIfAbsent(group, g -> Grouper.distinct(kept, ""));
    }

    /** Each group's first named speaker, in the order groups first named one. */
    void forEachSpeaker(BiConsumer<String, String> action) {
        speakers.forEach(action);
    }

    /** Whether any rendering filed is of the group. */
    public boolean holds(String group) {
        return members.containsKey(group) || speakers.containsKey(group);
    }
}
