package wirewatch.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an article must contain for a rule to have any chance of matching, as alternatives: at least one
 * alternative must be present, and an alternative is present when all of its (at most two) {@link Key}s are.
 * Empty means the rule cannot be narrowed down (a bare {@code *} wildcard, say) and must be tried on every
 * article. Built from the rule's query tree by {@link RequirementVisitor}; immutable.
 *
 * <p>Requiring two keys where the query requires both (a conjunction, a phrase) is what keeps candidates few:
 * {@code Kyiv AND grain} is tried only on articles naming both, not on every article about Kyiv.
 */
final class Requirement {
    /** More alternatives than this from a product of two conjuncts is not worth the narrowing. */
    private static final int MAX_PRODUCT = 16;

    private final List<Set<Key>> alternatives;

    private Requirement(List<Set<Key>> alternatives) {
        this.alternatives = alternatives;
    }

    /** Matches every article: nothing is known to be required. */
    static Optional<Requirement> any() {
        return Optional.empty();
    }

    static Requirement of(Key key) {
        return new Requirement(List.of(Set.of(key)));
    }

    /** Any of the parts; unknown when any part is unknown. */
    static Optional<Requirement> either(List<Optional<Requirement>> parts) {
        if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
            return any();
        }
        Set<Set<Key>> union = new LinkedHashSet<>();
        parts.forEach(part -> union.addAll(part.get().alternatives));
        return Optional.of(new Requirement(List.copyOf(union)));
    }

    /** All of the parts: the two most selective known parts combined, or the best one alone. */
    static Optional<Requirement> all(List<Optional<Requirement>> parts) {
        List<Requirement> known = new ArrayList<>();
        parts.forEach(part -> part.ifPresent(known::add));
        if (known.isEmpty()) {
            return any();
        }
        known.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        Requirement best = known.get(0);
        if (known.size() == 1 || best.alternatives.size() * known.get(1).alternatives.size() > MAX_PRODUCT) {
            return Optional.of(best);
        }
        return Optional.of(best.and(known.get(1)));
    }

    List<Set<Key>> alternatives() {
        return alternatives;
    }

    /** How selective: the weakest alternative decides, since any one of them lets an article through. */
    double weight() {
        double weakest = Double.MAX_VALUE;
        for (Set<Key> alternative : alternatives) {
            weakest = Math.min(weakest, alternative.stream().mapToDouble(Key::weight).sum());
        }
        return weakest;
    }

    private Requirement and(Requirement other) {
        Set<Set<Key>> product = new LinkedHashSet<>();
        for (Set<Key> mine : alternatives) {
            for (Set<Key> theirs : other.alternatives) {
                product.add(strongestTwo(mine, theirs));
            }
        }
        return new Requirement(List.copyOf(product));
    }

    /** Any subset of required keys is itself required; the two heaviest narrow the most. */
    private static Set<Key> strongestTwo(Set<Key> a, Set<Key> b) {
        List<Key> keys = new ArrayList<>(new LinkedHashSet<>(a));
        b.forEach(key -> {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        });
        keys.sort((x, y) -> Double.compare(y.weight(), x.weight()));
        return Set.copyOf(keys.subList(0, Math.min(2, keys.size())));
    }

    /**
     * One analysed word an article must hold in a field, or, for a wildcard, a start such a word must have. Longer
     * words are rarer, so weigh more; feed names weigh little, since every article of a feed has one.
     */
    record Key(String field, String text, boolean prefix) {
        double weight() {
            if (ArticleFields.FEED.equals(field)) {
                return 0.01;
            }
            double byLength = 1 - 1 / (1 + 0.3 * text.length());
            return prefix ? byLength / 2 : byLength;
        }
    }
}
