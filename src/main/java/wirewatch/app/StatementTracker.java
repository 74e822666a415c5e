package wirewatch.app;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import wirewatch.event.EventIds;
import wirewatch.statement.Filed;
import wirewatch.statement.Grouped;
import wirewatch.statement.Grouper;
import wirewatch.statement.Rendering;
import wirewatch.statement.Speakers;
import wirewatch.statement.Statement;
import wirewatch.statement.VariantMatcher;
import wirewatch.statement.WordFrequencies;
import wirewatch.store.Batch;
import wirewatch.store.Store;
import wirewatch.store.StoredStatement;

/**
 * Places each new statement in the story: a variant of an earlier remark by the same speaker joins that remark's group,
 * anything else is a new position with a group of its own. The {@link Grouper} compares the statement with every
 * rendering of each of the speaker's recent groups, and weighs words by how common they are in the story's latest
 * statements. A speaker absent from one rendering of a remark is taken from another: a statement that names no one is
 * also compared with the story's latest named statements and takes the speaker of the remark it joins, and a named
 * statement is also compared with the latest unattributed ones and gives its speaker to the remark it joins.
 * Unattributed statements have no timeline of their own. Runs on the writer thread only. The speakers' recent
 * statements and the story's latest ones are read from the store once and then kept up to date in memory as batches
 * commit; the statements of the batch being built are kept apart until it commits, so two renderings arriving in one
 * round are grouped too.
 */
final class StatementTracker {
    /** How many of a speaker's latest statements a new one is compared with. */
    private static final int HISTORY = 200;
    /** How many of the story's latest statements (all speakers) tell common words from distinctive ones: enough
     * for word frequencies to settle; they are counted as statements come and go, not rescanned. */
    private static final int BACKGROUND = 200;
    /** Speakers whose recent statements are kept in memory; the least recently used are read again when needed. */
    private static final int SPEAKERS = 2_000;

    /**
     * A statement placed in the story (with the speaker of its remark when its article named none): its group,
     * whether it is new, the rendering it varies, the groups merged into its group, and whether the group's earlier
     * renderings named no one and take the statement's speaker.
     */
    record Placed(Statement statement, String group, Grouped.Change change, @Nullable StoredStatement previous,
                  List<String> merged, boolean namesGroup) {
        Placed {
            merged = List.copyOf(merged);
        }
    }

    /** A statement placed before, as stored, as the grouper reads it, and its words. */
    private record Known(StoredStatement stored, Rendering rendering, Set<String> stems) {
        Known(StoredStatement stored, Rendering rendering, VariantMatcher variants) {
            this(stored, new Rendering(shared(rendering.statement(), variants), rendering.article(), rendering.group()),
                    variants.stems(stored.quote()));
        }

        /** The statement with the one instance of its quote that all remembered repeats hold. */
        private static Statement shared(Statement s, VariantMatcher variants) {
            return new Statement(s.speaker(), variants.quote(s.quote()), s.kind(), s.start(), s.end());
        }

        Known {
            // One instance per group id: the grouper files renderings by group, and equal ids then match at once.
            rendering = new Rendering(rendering.statement(), rendering.article(), rendering.group().intern(), stems);
        }

        Known renamed(String group) {
            StoredStatement s = stored;
            return new Known(new StoredStatement(s.id(), s.speaker(), s.quote(), s.kind(), group, s.change(), s.time(),
                    s.articleId(), s.feed(), s.title(), s.url(), s.published(), s.removed()),
                    new Rendering(rendering.statement(), rendering.article(), group), stems);
        }

        Known named(String speaker) {
            StoredStatement s = stored;
            return new Known(new StoredStatement(s.id(), speaker, s.quote(), s.kind(), s.group(), s.change(),
                    s.time(), s.articleId(), s.feed(), s.title(), s.url(), s.published(), s.removed()),
                    new Rendering(rendering.statement().withSpeaker(speaker), rendering.article(), s.group()), stems);
        }

        /** As remembered once committed: the article no longer matters, it is not the batch's. */
        Known committed() {
            return new Known(stored, new Rendering(rendering.statement(), "", stored.group()), stems);
        }
    }

    private final Store store;
    private final VariantMatcher variants;
    private final Grouper grouper;
    /** Word frequencies over the background and the batch's own statements. */
    private final WordFrequencies frequencies = new WordFrequencies();
    private final List<Known> pending = new ArrayList<>();
    private final Map<String, Deque<Known>> bySpeaker = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Known>> eldest) {
            return size() > SPEAKERS;
        }
    };
    private @Nullable Deque<Known> background;
    /** True when the batch being built moved remembered statements to settled groups. */
    private boolean moved;
    /** Speakers (by {@link Speakers#key}) who named a remark in the batch being built. */
    private final Set<String> named = new HashSet<>();
    /** The remembered lists filed for placements, by list and speaker; dropped whenever the lists change. */
    private final Map<String, View> views = new HashMap<>();

    StatementTracker(Store store, VariantMatcher variants) {
        this.store = store;
        this.variants = variants;
        this.grouper = new Grouper(variants);
    }

    Placed place(Statement statement, String articleId, String feed, String title, String url, Instant time) {
        background();
        Grouped grouped = grouper.placeFiled(statement, articleId, List.of(earlier(statement, articleId)),
                frequencies);
        Statement previous = grouped.previous();
        Statement said = grouped.statement();
        Placed placed = previous == null
                ? new Placed(said, EventIds.of("group", Objects.requireNonNullElse(said.speaker(), ""), said.quote(),
                        articleId), Grouped.Change.NEW, null, List.of(), false)
                : new Placed(said, grouped.group(), Grouped.Change.VARIANT, storedOf(previous, statement),
                        grouped.merged(), grouped.namesGroup());
        if (!placed.merged().isEmpty()) {
            regroup(placed.merged(), placed.group());
        }
        String speaker = said.speaker();
        if (placed.namesGroup() && speaker != null) {
            name(placed.group(), speaker);
        }
        StoredStatement stored = new StoredStatement(0, speaker, said.quote(), said.kind(), placed.group(),
                placed.change(), time, articleId, feed, title, url, null, null);
        Known known = new Known(stored, new Rendering(said, articleId, placed.group()), variants);
        pending.add(known);
        views.values().forEach(view -> view.addOwn(known));
        frequencies.add(placed.group(), known.stems());
        return placed;
    }

    /**
     * Settles the groups of the story's latest statements and the batch's own as {@link Grouper#settle} does, so that
     * they do not depend on the order the statements came in, and returns the statements it moved, which are moved
     * in what is remembered; the batch moves them in the store. A statement and its repeats in one article (the same
     * words and kind) move together, or not at all when the settling parts them. Not where several pollers share
     * the store ({@link Store#isShared}): this process would settle from groups others may have moved since it read
     * them, and move statements of speakers it holds no lock on, so there statements keep the group they were placed
     * in, as they arrived.
     */
    List<Batch.Move> settle() {
        if (pending.isEmpty() || store.isShared()) {
            return List.of();
        }
        List<Known> window = new ArrayList<>(background());
        window.addAll(pending);
        List<Rendering> renderings = new ArrayList<>(window.size());
        for (Known k : window) {
            renderings.add(new Rendering(k.rendering().statement(), k.stored().articleId(), k.stored().group(),
                    k.stems()));
        }
        List<String> settled = grouper.settle(renderings);
        Map<Wording, String> targets = new HashMap<>();
        Set<Wording> parted = new HashSet<>();
        for (int i = 0; i < window.size(); i++) {
            String before = targets.putIfAbsent(Wording.of(window.get(i)), settled.get(i));
            if (before != null && !before.equals(settled.get(i))) {
                parted.add(Wording.of(window.get(i)));
            }
        }
        Map<Wording, String> moves = new LinkedHashMap<>();
        for (Known k : window) {
            Wording w = Wording.of(k);
            if (!parted.contains(w) && !k.stored().group().equals(targets.get(w))) {
                moves.put(w, targets.get(w));
            }
        }
        if (!moves.isEmpty()) {
            UnaryOperator<Known> move = k -> {
                String into = moves.get(Wording.of(k));
                return into == null ? k : k.renamed(into);
            };
            pending.replaceAll(move);
            for (Deque<Known> known : bySpeaker.values()) {
                replaceAll(known, move);
            }
            replaceAll(background(), move);
            recount();
            moved = true;
            changed();
        }
        return moves.entrySet().stream().map(e -> new Batch.Move(e.getKey().articleId(), e.getKey().quote(),
                e.getKey().kind(), e.getValue())).toList();
    }

    /** A statement and its repeats in one article: the words and kind an article gives more than once. */
    private record Wording(String articleId, String quote, Statement.Kind kind) {
        static Wording of(Known k) {
            return new Wording(k.stored().articleId(), k.stored().quote(), k.stored().kind());
        }
    }

    /** Renames merged groups in what is remembered; the batch renames them in the store. */
    private void regroup(List<String> merged, String into) {
        // Only the filings that hold the groups change; the others keep their renderings, which stay as they were.
        views.values().removeIf(view -> view.filed().holds(into) || merged.stream().anyMatch(view.filed()::holds));
        Predicate<Known> moves = k -> merged.contains(k.stored().group());
        UnaryOperator<Known> rename = k -> moves.test(k) ? k.renamed(into) : k;
        // The words counted under the merged groups count under the group they join.
        Stream.concat(background().stream(), pending.stream()).filter(moves).forEach(k -> {
            frequencies.remove(k.stored().group(), k.stems());
            frequencies.add(into, k.stems());
        });
        pending.replaceAll(rename);
        for (Deque<Known> known : bySpeaker.values()) {
            replaceAll(known, rename);
        }
        replaceAll(background(), rename);
    }

    /** Counts the words again over the background and the batch, by the groups they are in now. */
    private void recount() {
        frequencies.clear();
        background().forEach(k -> frequencies.add(k.stored().group(), k.stems()));
        pending.forEach(k -> frequencies.add(k.stored().group(), k.stems()));
    }

    /**
     * Gives the speaker to the group's statements that named no one, in what is remembered; the batch does it in
     * the store. They stay among the unattributed ones until the batch commits, so that the speaker's next
     * statements in the batch still find them.
     */
    private void name(String group, String speaker) {
        changed();
        UnaryOperator<Known> name = k -> k.stored().speaker() == null && k.stored().group().equals(group)
                ? k.named(speaker) : k;
        pending.replaceAll(name);
        for (Deque<Known> known : bySpeaker.values()) {
            replaceAll(known, name);
        }
        replaceAll(background(), name);
        named.add(Speakers.key(speaker));
    }

    private static void replaceAll(Deque<Known> deque, UnaryOperator<Known> rename) {
        boolean changes = false;
        for (Known k : deque) {
            if (rename.apply(k) != k) {
                changes = true;
                break;
            }
        }
        if (!changes) {
            return;
        }
        List<Known> copy = new ArrayList<>(deque);
        deque.clear();
        copy.forEach(k -> deque.addLast(rename.apply(k)));
    }

    /**
     * The statements placed before that the statement may join, filed by group, oldest first: the latest stored ones,
     * then the batch's own. For a named statement, its speaker's and the unattributed ones; for an unattributed one,
     * the unattributed ones and the story's latest named ones. What a statement of a speaker (or of none) is placed
     * after is filed once and kept in {@link #views}, the batch's own statements added as they are placed, until the
     * remembered lists change; a placement then reads a few renderings per group, not the history.
     */
    private Filed earlier(Statement statement, String articleId) {
        String speaker = statement.speaker();
        String key = speaker == null ? "" : "speaker\0" + speaker;
        View view = views.get(key);
        if (view == null) {
            view = new View(statement, new Filed(), new HashSet<>());
            file(view, statement, null);
            views.put(key, view);
        }
        if (!view.articles().contains(articleId)) {
            return view.filed();
        }
        // A re-fetched article's unchanged statement is not a rendering of itself: filed afresh without it.
        View without = new View(statement, new Filed(), new HashSet<>());
        file(without, statement, articleId);
        return without.filed();
    }

    /**
     * Files into the view what a statement is placed after, leaving out the remembered statements of {@code articleId}
     * with the statement's words, when given.
     */
    private void file(View view, Statement statement, @Nullable String articleId) {
        String speaker = statement.speaker();
        if (speaker != null) {
            file(view, speaker(speaker), k -> true, statement, articleId);
            file(view, speaker(null), k -> true, statement, articleId);
        } else {
            // Each statement once: the named ones from the background, the unattributed ones from their own list.
            file(view, speaker(null), k -> k.stored().speaker() == null, statement, articleId);
            file(view, background(), k -> k.stored().speaker() != null, statement, articleId);
        }
        pending.forEach(view::addOwn);
    }

    private static void file(View view, Deque<Known> newestFirst, Predicate<Known> wanted, Statement statement,
                             @Nullable String articleId) {
        for (var it = newestFirst.descendingIterator(); it.hasNext(); ) {
            Known known = it.next();
            if (wanted.test(known) && !(known.stored().articleId().equals(articleId)
                    && known.stored().quote().equals(statement.quote()))) {
                view.filed().add(known.rendering(), Grouper.isMember(statement, known.rendering()));
                view.articles().add(known.stored().articleId());
            }
        }
    }

    /**
     * What statements of one speaker (that of {@code placed}, the first statement it was filed for, or none) are
     * placed after, filed, and the articles of its remembered statements.
     */
    private record View(Statement placed, Filed filed, Set<String> articles) {
        /** Files one of the batch's own statements, if a statement of the view's speaker may join it. */
        void addOwn(Known known) {
            if (Grouper.isMember(placed, known.rendering())) {
                filed.add(known.rendering(), true);
            }
        }
    }

    /** The remembered lists change: their filings are dropped, to be made again when next needed. */
    private void changed() {
        views.clear();
    }

    /**
     * The stored statement behind the rendering the grouper matched, which is one of the remembered or the batch's
     * own renderings the statement was placed after.
     */
    private StoredStatement storedOf(Statement previous, Statement statement) {
        for (Known known : pending) {
            if (known.rendering().statement() == previous) {
                return known.stored();
            }
        }
        List<Deque<Known>> lists = statement.speaker() != null
                ? List.of(speaker(statement.speaker()), speaker(null)) : List.of(speaker(null), background());
        for (Deque<Known> list : lists) {
            for (Known known : list) {
                if (known.rendering().statement() == previous) {
                    return known.stored();
                }
            }
        }
        throw new IllegalStateException("the grouper matched a statement it was not given");
    }

    /** The speaker's latest statements, newest first; with no speaker, the latest statements that name none. */
    private Deque<Known> speaker(@Nullable String name) {
        String key = Speakers.key(name);
        Deque<Known> known = bySpeaker.get(key);
        if (known == null) {
            known = new ArrayDeque<>();
            changed();
            List<StoredStatement> latest = name == null ? store.unattributedStatements(HISTORY)
                    : store.statementsBySpeaker(name, HISTORY);
            for (StoredStatement s : latest) {
                known.addLast(remembered(s));
            }
            bySpeaker.put(key, known);
        }
        return known;
    }

    /** The story's latest statements, all speakers, newest first. */
    private Deque<Known> background() {
        if (background == null) {
            background = new ArrayDeque<>();
            changed();
            for (StoredStatement s : store.statements(null, null, 0, BACKGROUND)) {
                Known known = remembered(s);
                background.addLast(known);
                frequencies.add(s.group(), known.stems());
            }
        }
        return background;
    }

    private Known remembered(StoredStatement s) {
        Statement statement = new Statement(s.speaker(), s.quote(), s.kind(), 0, s.quote().length());
        return new Known(s, new Rendering(statement, "", s.group()), variants);
    }

    /** The batch committed: its statements join the remembered ones, and the oldest background ones go. */
    void committed() {
        moved = false;
        if (pending.isEmpty()) {
            return;
        }
        changed();
        if (!named.isEmpty()) {
            // The store now has the speakers the batch gave: those speakers' statements are read again when needed.
            named.forEach(bySpeaker::remove);
            Deque<Known> unattributed = bySpeaker.get(Speakers.key(null));
            if (unattributed != null) {
                unattributed.removeIf(k -> k.stored().speaker() != null);
            }
            named.clear();
        }
        Deque<Known> latest = background();
        for (Known known : pending) {
            Known kept = known.committed();
            Deque<Known> speaker = bySpeaker.get(Speakers.key(known.stored().speaker()));
            if (speaker != null) {
                push(speaker, kept, HISTORY);
            }
            // Counted in the frequencies since it was placed; what falls out of the background is not any more.
            Known gone = push(latest, kept, BACKGROUND);
            if (gone != null) {
                frequencies.remove(gone.stored().group(), gone.stems());
            }
        }
        pending.clear();
    }

    /**
     * Takes in statements other processes committed since this one last looked, oldest first, as statements read
     * from the store are: into their speaker's latest when those are remembered (else they are read when needed,
     * these with them) and into the story's latest. One already remembered, because this process placed it or read
     * it from the store after it was committed, is skipped. Called between batches.
     */
    void catchUp(List<StoredStatement> committedElsewhere) {
        if (background == null || committedElsewhere.isEmpty()) {
            return;
        }
        changed();
        for (StoredStatement s : committedElsewhere) {
            Known known = remembered(s);
            Deque<Known> speaker = bySpeaker.get(Speakers.key(s.speaker()));
            if (speaker != null && !remembers(speaker, s)) {
                push(speaker, known, HISTORY);
            }
            if (!remembers(background, s)) {
                frequencies.add(s.group(), known.stems());
                Known gone = push(background, known, BACKGROUND);
                if (gone != null) {
                    frequencies.remove(gone.stored().group(), gone.stems());
                }
            }
        }
    }

    /** Whether a statement is remembered: one this process placed is known by its article and words, not its id. */
    private static boolean remembers(Deque<Known> known, StoredStatement s) {
        for (Known k : known) {
            StoredStatement r = k.stored();
            if (r.id() == s.id() || r.articleId().equals(s.articleId()) && r.quote().equals(s.quote())) {
                return true;
            }
        }
        return false;
    }

    /** The batch was abandoned: its statements are forgotten. */
    void abandoned() {
        if (!named.isEmpty() || moved) {
            changed();
            // Speakers given or groups settled in memory never reached the store: forget what is remembered and
            // read it again.
            bySpeaker.clear();
            background = null;
            frequencies.clear();
            named.clear();
            moved = false;
        } else {
            pending.forEach(k -> frequencies.remove(k.stored().group(), k.stems()));
        }
        pending.clear();
    }

    /** Adds the newest and returns the one that fell off the end, if any. */
    private static @Nullable Known push(Deque<Known> newestFirst, Known known, int limit) {
        newestFirst.addFirst(known);
        return newestFirst.size() > limit ? newestFirst.removeLast() : null;
    }
}
