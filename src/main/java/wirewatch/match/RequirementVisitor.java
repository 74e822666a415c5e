package wirewatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Walks a rule's query and works out its {@link Requirement}, the way Lucene Monitor's query analysis does:
 * required clauses and the words of a phrase are a conjunction, optional clauses a disjunction, excluded clauses
 * are ignored, and optional clauses next to required ones are ignored too (they need not match). Anything else
 * (a range, a bare wildcard) is unknown, so the rule is tried on every article.
 */
final class RequirementVisitor extends QueryVisitor {
    private final boolean conjunction;
    private final List<Supplier<Optional<Requirement>>> children = new ArrayList<>();

    private RequirementVisitor(boolean conjunction) {
        this.conjunction = conjunction;
    }

    /** What an article must contain for {@code query} to match it; empty when nothing is known. */
    static Optional<Requirement> of(Query query) {
        RequirementVisitor root = new RequirementVisitor(true);
        query.visit(root);
        return root.requirement();
    }

    private Optional<Requirement> requirement() {
        List<Optional<Requirement>> parts = new ArrayList<>(children.size());
        children.forEach(child -> parts.add(child.get()));
        return conjunction ? Requirement.all(parts) : Requirement.either(parts);
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
        for (Term term : terms) {
            Requirement.Key key = new Requirement.Key(term.field(), term.text(), false);
            children.add(() -> Optional.of(Requirement.of(key)));
        }
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        String prefix = literalPrefix(query);
        children.add(() -> prefix.isEmpty() ? Requirement.any()
                : Optional.of(Requirement.of(new Requirement.Key(field, prefix, true))));
    }

    @Override
    public void visitLeaf(Query query) {
        children.add(Requirement::any);
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        if (occur == BooleanClause.Occur.MUST_NOT) {
            return EMPTY_VISITOR;
        }
        if (occur == BooleanClause.Occur.SHOULD && hasRequiredClause(parent)) {
            return EMPTY_VISITOR;
        }
        RequirementVisitor child = new RequirementVisitor(occur != BooleanClause.Occur.SHOULD);
        children.add(child::requirement);
        return child;
    }

    private static boolean hasRequiredClause(Query parent) {
        if (parent instanceof BooleanQuery) {
            for (BooleanClause clause : (BooleanQuery) parent) {
                if (clause.isRequired()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The letters a wildcard's words must start with: {@code cease} for {@code cease*} or {@code cease?ire}. */
    private static String literalPrefix(Query query) {
        if (query instanceof PrefixQuery) {
            return ((PrefixQuery) query).getPrefix().text();
        }
        if (query instanceof WildcardQuery) {
            String text = ((WildcardQuery) query).getTerm().text();
            int end = 0;
            while (end < text.length() && "*?\\".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return text.substring(0, end);
        }
        return "";
    }
}
