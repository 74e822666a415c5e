package wirewatch.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Rules indexed by the words an article must hold for them to match (their {@link Requirement}), so that an
 * article is tried only against the rules it could match: the candidates are found by looking up each distinct
 * word of the article once, in a hash map, whatever the number of rules. Rules with no known requirement are
 * candidates for every article.
 *
 * <p>This is the design of Lucene Monitor's term-filtered presearcher without its query index: the monitor turns
 * the article's words into a query over an index of rules, which cost as much as analysing the article itself.
 * Immutable after construction and thread-safe; per-article state lives in a {@link Candidates}.
 */
final class RuleIndex {
    private final int rules;
    /** Per alternative: the rule it belongs to and the bit mask of its keys, all of which must be present. */
    private final int[] ruleOf;
    private final int[] fullMask;
    private final Map<String, FieldKeys> fields;
    private final int[] always;

    RuleIndex(List<Query> queries) {
        this.rules = queries.size();
        List<Integer> owners = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        Map<Requirement.Key, List<Integer>> postings = new HashMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (int rule = 0; rule < queries.size(); rule++) {
            Optional<Requirement> requirement = RequirementVisitor.of(queries.get(rule));
            if (requirement.isEmpty()) {
                unknown.add(rule);
                continue;
            }
            for (Set<Requirement.Key> alternative : requirement.get().alternatives()) {
                int id = owners.size();
                int key = 0;
                for (Requirement.Key k : alternative) {
                    postings.computeIfAbsent(k, x -> new ArrayList<>()).add(id << 1 | key++);
                }
                owners.add(rule);
                masks.add((1 << key) - 1);
            }
        }
        this.ruleOf = owners.stream().mapToInt(Integer::intValue).toArray();
        this.fullMask = masks.stream().mapToInt(Integer::intValue).toArray();
        this.always = unknown.stream().mapToInt(Integer::intValue).toArray();
        this.fields = FieldKeys.of(postings);
    }

    /** Per-thread state for {@link #candidates}; reused from article to article. */
    Candidates newCandidates() {
        return new Candidates(ruleOf.length, rules);
    }

    /**
     * Marks in {@code out} the rules that could match the one article in {@code reader}; the returned set is
     * {@code out}'s, valid until the next call.
     */
    FixedBitSet candidates(LeafReader reader, Candidates out) throws IOException {
        out.clear();
        for (int rule : always) {
            out.rules.set(rule);
        }
        for (Map.Entry<String, FieldKeys> field : fields.entrySet()) {
            Terms terms = reader.terms(field.getKey());
            if (terms != null) {
                field.getValue().present(terms.iterator(), postings -> out.hit(postings, this));
            }
        }
        return out.rules;
    }

    /** Which keys of which alternatives an article holds so far, and the rules that became candidates. */
    static final class Candidates {
        private final int[] seen;
        private final int[] touched;
        private int touchedCount;
        private final FixedBitSet rules;

        private Candidates(int alternatives, int rules) {
            this.seen = new int[alternatives];
            this.touched = new int[alternatives];
            this.rules = new FixedBitSet(Math.max(1, rules));
        }

        private void clear() {
            for (int i = 0; i < touchedCount; i++) {
                seen[touched[i]] = 0;
            }
            touchedCount = 0;
            rules.clear();
        }

        private void hit(int[] postings, RuleIndex index) {
            for (int posting : postings) {
                int alternative = posting >>> 1;
                int before = seen[alternative];
                if (before == 0) {
                    touched[touchedCount++] = alternative;
                }
                int now = before | 1 << (posting & 1);
                seen[alternative] = now;
                if (now == index.fullMask[alternative]) {
                    rules.set(index.ruleOf[alternative]);
                }
            }
        }
    }
}
