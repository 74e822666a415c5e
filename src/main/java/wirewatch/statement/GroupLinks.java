package wirewatch.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renderings linked as one remark (by index), and the group ids the linked sets take. Linking is symmetric and
 * transitive, so the sets do not depend on the order of the links. Not thread-safe.
 */
final class GroupLinks {
    private final int[] parent;

    GroupLinks(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    void join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * The group id of each rendering: a linked set keeps the id most of its renderings had, unless a set with more
     * renderings of that id keeps it (a group split in two: the larger part keeps the id); of equal counts, the
     * least id, and the set whose first rendering by {@code order} comes first. A set left without an id takes
     * {@code fresh} of its first rendering, or that with a number when another set holds it.
     */
    List<String> ids(List<Rendering> renderings, Comparator<Rendering> order,
                     Function<Rendering, String> fresh) {
        Map<Integer, List<Rendering>> sets = new LinkedHashMap<>();
        for (int i = 0; i < renderings.size(); i++) {
            sets.computeIfAbsent(root(i), r -> new ArrayList<>()).add(renderings.get(i));
        }
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        Map<Integer, Rendering> firsts = new HashMap<>();
        // Per id, the set that keeps it.
        Map<String, Integer> owners = new HashMap<>();
        for (Map.Entry<Integer, List<Rendering>> set : sets.entrySet()) {
            Map<String, Integer> held = new HashMap<>();
            set.getValue().forEach(r -> held.merge(r.group(), 1, Integer::sum));
            counts.put(set.getKey(), held);
            firsts.put(set.getKey(), set.getValue().stream().min(order).orElseThrow());
        }
        for (Map.Entry<Integer, Map<String, Integer>> set : counts.entrySet()) {
            for (Map.Entry<String, Integer> id : set.getValue().entrySet()) {
                Integer owner = owners.get(id.getKey());
                int had = owner == null ? 0 : counts.get(owner).get(id.getKey());
                if (owner == null || id.getValue() > had || id.getValue() == had
                        && order.compare(firsts.get(set.getKey()), firsts.get(owner)) < 0) {
                    owners.put(id.getKey(), set.getKey());
                }
            }
        }
        Map<Integer, String> chosen = new HashMap<>();
        for (Map.Entry<Integer, Map<String, Integer>> set : counts.entrySet()) {
            String best = null;
            for (Map.Entry<String, Integer> id : set.getValue().entrySet()) {
                if (!set.getKey().equals(owners.get(id.getKey()))) {
                    continue;
                }
                int have = best == null ? 0 : set.getValue().get(best);
                if (best == null || id.getValue() > have || id.getValue() == have && id.getKey().compareTo(best) < 0) {
                    best = id.getKey();
                }
            }
            chosen.put(set.getKey(), best);
        }
        // A part split from a group: an id no set holds, its first rendering's unless that is taken, handed out in
        // the order of those first renderings, so that two parts with one first wording get theirs whatever order
        // the renderings came in.
        List<Integer> parts = chosen.entrySet().stream().filter(set -> set.getValue() == null)
                .map(Map.Entry::getKey).sorted(Comparator.comparing(firsts::get, order)).toList();
        for (Integer set : parts) {
            String id = fresh.apply(firsts.get(set));
            for (int n = 2; owners.containsKey(id); n++) {
                id = fresh.apply(firsts.get(set)) + "-" + n;
            }
            owners.put(id, set);
            chosen.put(set, id);
        }
        List<String> out = new ArrayList<>(renderings.size());
        for (int i = 0; i < renderings.size(); i++) {
            out.add(chosen.get(root(i)));
        }
        return out;
    }
}
