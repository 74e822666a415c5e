package wirewatch.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Assigns variant groups to statements in arrival order. A statement joins the group of the same speaker that renders
 * its remark best, judged by {@link VariantMatcher} against the group's first and latest renderings ({@link #COMPARED}
 * of them), and is a {@code variant}; otherwise it starts a group and is {@code new}. A speaker absent from one
 * rendering is taken from another: a statement whose article names no one joins any speaker's group, and a named
 * statement joins a group whose renderings named no one yet, when the two renderings come from different articles and
 * are the same words or nearly ({@link VariantMatcher#NEARLY_IDENTICAL}); the remark then has the named speaker.
 * Two quotations in one article are rarely one remark (an article quotes a speech passage by passage), so within an
 * article they count only when one holds the other's words or repeats them; a paraphrase and its quotation do count.
 * Words common to many remarks of the story weigh less. A group's id is derived from its first member's speaker and
 * words, so replaying the same statements gives the same ids. Pure and thread-safe.
 */
public final class Grouper {
    /** Weighted similarity at or above which a statement joins the group of the rendering it matches. */
    static final double THRESHOLD = 0.33;
    /** Similarity to a second group at or above which that group joins the statement's group. */
    static final double MERGE = 0.5;
    /** Similarity two quotations from different articles need to be one remark. */
    static final double QUOTES = 0.45;
    /** Similarity two quotations from one article need to be one remark, unless one holds the other's words. */
    static final double SAME_ARTICLE_QUOTES = 0.85;
    /** The fewest remarks word frequencies are taken over; see {@link WordFrequencies#weights}. */
    static final int PRIOR_REMARKS = 20;
    /** How many renderings of one group a statement is compared with; see {@link #compared}. */
    static final int COMPARED = 16;
    private final VariantMatcher matcher;

    public Grouper(VariantMatcher matcher) {
        this.matcher = matcher;
    }

    /** Groups the statements, given in arrival order; the result is in the same order. */
    public List<Grouped> group(List<Statement> statements) {
        List<Grouped> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            out.add(place(s, out));
        }
        return out;
    }

    /** Places one statement after the ones already grouped (given in arrival order), articles unknown. */
    public Grouped place(Statement statement, List<Grouped> earlier) {
        List<Rendering> renderings = new ArrayList<>(earlier.size());
        for (Grouped g : earlier) {
            renderings.add(new Rendering(g.statement(), "", g.group()));
        }
        return place(statement, "", renderings);
    }

    /**
     * Places one statement from {@code article} after the renderings already placed (given in arrival order, any
     * speakers: another speaker's only weigh the words, while those that name no one may join or be joined). The
     * result's {@code previous} is the earlier statement it matched best, one of {@code earlier}'s own instances.
     */
    public Grouped place(Statement statement, String article, List<Rendering> earlier) {
        WordFrequencies frequencies = new WordFrequencies();
        for (Rendering r : earlier) {
            frequencies.add(r.group(), matcher.stems(r.statement().quote()));
        }
        return place(statement, article, earlier, frequencies);
    }

    /**
     * Places one statement as {@link #place(Statement, String, List)} does, with the words weighed by how common
     * they are among the remarks {@code frequencies} counts (kept up to date by the caller) rather than among
     * {@code earlier}, which then need hold only the speaker's own renderings.
     */
    public Grouped place(Statement statement, String article, List<Rendering> earlier,
                         WordFrequencies frequencies) {
        Filed filed = new Filed();
        for (Rendering r : earlier) {
            filed.add(r, isMember(statement, r));
        }
        return placeFiled(statement, article, List.of(filed), frequencies);
    }

    /**
     * Whether a statement is compared with an earlier rendering, which otherwise only tells its group's speaker: one
     * that names no one is compared with any, and one that names a speaker with that speaker's and the unattributed.
     */
    public static boolean isMember(Statement statement, Rendering earlier) {
        String speaker = statement.speaker();
        String theirs = earlier.statement().speaker();
        return speaker == null || theirs == null || theirs.equalsIgnoreCase(speaker);
    }

    /**
     * Places one statement as {@link #place(Statement, String, List, WordFrequencies)} does, after the earlier
     * renderings filed in {@code filed}, read in turn as one list (each filed with {@link #isMember} for this
     * statement).
     */
    public Grouped placeFiled(Statement statement, String article, List<Filed> filed, WordFrequencies frequencies) {
        String speaker = statement.speaker();
        Map<String, List<Rendering>> groups = new LinkedHashMap<>();
        // The filed list that alone holds a group's members, which knows the group's renderings without repeats.
        Map<String, Filed> alone = new HashMap<>();
        // A group's speaker is the one its renderings name; absent while they name no one.
        Map<String, String> speakers = new HashMap<>();
        for (Filed f : filed) {
            f.forEachGroup((group, kept) -> {
                List<Rendering> members = groups.putIfAbsent(group, kept);
                if (members == null) {
                    alone.put(group, f);
                } else {
                    List<Rendering> joined = new ArrayList<>(members);
                    joined.addAll(kept);
                    groups.put(group, joined);
                    alone.remove(group);
                }
            });
            f.forEachSpeaker(speakers::putIfAbsent);
        }
        Set<String> mine = matcher.stems(statement.quote());
        ToDoubleFunction<String> weight = frequencies.weights(mine, PRIOR_REMARKS);
        Rendering best = null;
        double bestScore = THRESHOLD;
        List<String> matched = new ArrayList<>();
        for (Map.Entry<String, List<Rendering>> group : groups.entrySet()) {
            List<Rendering> members = group.getValue();
            if (!agree(speaker, speakers.get(group.getKey()))) {
                continue;
            }
            boolean joins = false;
            Filed only = alone.get(group.getKey());
            List<Rendering> compared = only != null ? only.distinct(group.getKey(), article)
                    : distinct(compared(members), article);
            for (Rendering r : compared) {
                double score = score(statement, mine, r, article, weight);
                joins |= score >= MERGE;
                if (score >= bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
            if (joins) {
                matched.add(members.get(0).group());
            }
        }
        if (best == null) {
            return new Grouped(statement, idOf(statement), Grouped.Change.NEW, null);
        }
        String group = best.group();
        String said = speaker != null ? speaker : speakers.get(group);
        // A rendering close to two groups shows they were one remark split early: they join the best one, unless
        // that would give a remark someone else's words.
        List<String> merged = matched.stream().filter(g -> !g.equals(group) && mayMerge(said, speakers.get(g)))
                .toList();
        boolean names = said != null && (speakers.get(group) == null
                || merged.stream().anyMatch(g -> speakers.get(g) == null));
        Statement placed = speaker == null && said != null ? statement.withSpeaker(said) : statement;
        return new Grouped(placed, group, Grouped.Change.VARIANT, best.statement(), merged, names);
    }

    /**
     * The groups of the renderings as a function of the renderings alone, whatever order they came in: each is linked
     * to the rendering of the same speaker that renders its remark best (at {@link #THRESHOLD} or above; of equal
     * scores, the first by {@link #BY_WORDING}), and to any it matches at {@link #MERGE} or above, and linked
     * renderings are one group. Words are weighed by how many of the distinct wordings use them. A group keeps the
     * id most of its renderings had (of equal counts, the least); a group that none of them gives one gets the id
     * of its first rendering by {@link #BY_WORDING}. The result is in the order of {@code renderings}.
     */
    public List<String> settle(List<Rendering> renderings) {
        WordFrequencies frequencies = new WordFrequencies();
        List<Set<String>> stems = new ArrayList<>(renderings.size());
        for (Rendering r : renderings) {
            Set<String> mine = r.stems() != null ? r.stems() : matcher.stems(r.statement().quote());
            stems.add(mine);
            frequencies.add(r.statement().quote().toLowerCase(Locale.ROOT), mine);
        }
        ToDoubleFunction<String> weight = frequencies.weights(Set.of(), PRIOR_REMARKS);
        GroupLinks links = new GroupLinks(renderings.size());
        Map<String, List<Integer>> speakers = new LinkedHashMap<>();
        for (int i = 0; i < renderings.size(); i++) {
            speakers.computeIfAbsent(Speakers.key(renderings.get(i).statement().speaker()), k -> new ArrayList<>())
                    .add(i);
        }
        WordingLinks wordings = new WordingLinks(renderings, stems,
                (a, stemsA, b, together) -> score(a.statement(), stemsA, b, together ? b.article() : "", weight),
                THRESHOLD, MERGE);
        for (List<Integer> members : speakers.values()) {
            wordings.link(members, links);
        }
        return links.ids(renderings, BY_WORDING, r -> idOf(r.statement()));
    }

    /** An order of renderings that does not depend on when they came: by words, kind, article and offsets. */
    static final Comparator<Rendering> BY_WORDING = Comparator
            .comparing((Rendering r) -> r.statement().quote())
            .thenComparing(r -> r.statement().kind())
            .thenComparing(Rendering::article)
            .thenComparingInt(r -> r.statement().start())
            .thenComparing(r -> Speakers.key(r.statement().speaker()));

    /** True when a remark by {@code a} may be one by {@code b}: the same name, or either absent. */
    private static boolean agree(@Nullable String a, @Nullable String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    /** True when a group of {@code theirs} may merge into a remark of {@code said}: no one's, or the same person's. */
    private static boolean mayMerge(@Nullable String said, @Nullable String theirs) {
        return theirs == null || said != null && said.equalsIgnoreCase(theirs);
    }

    /**
     * The renderings of a group a statement is compared with: the first and the latest ones. A remark a hundred
     * outlets carried is recognised by its recent wordings as well as by all of them, at a fraction of the cost.
     */
    private static List<Rendering> compared(List<Rendering> members) {
        if (members.size() <= COMPARED) {
            return members;
        }
        List<Rendering> out = new ArrayList<>(COMPARED);
        out.add(members.get(0));
        out.addAll(members.subList(members.size() - COMPARED + 1, members.size()));
        return out;
    }

    /**
     * The renderings without repeats: of those with the same words, kind and named-or-not speaker, which score the
     * same, only the latest is kept (the one a tie would pick), in order. Outlets that run one wire copy quote a remark
     * word for word, so a group often holds the same words many times. Renderings from the statement's own article
     * are all kept, as they score by other rules. A group's compared renderings are few ({@link #COMPARED}), so the
     * kept ones are searched in a row rather than hashed.
     */
    static List<Rendering> distinct(List<Rendering> renderings, String article) {
        List<Rendering> latestFirst = new ArrayList<>(renderings.size());
        for (int i = renderings.size() - 1; i >= 0; i--) {
            Rendering r = renderings.get(i);
            if (r.sameArticle(article) || !repeatsAny(r, latestFirst, article)) {
                latestFirst.add(r);
            }
        }
        Collections.reverse(latestFirst);
        return latestFirst;
    }

    /** True when a kept rendering from another article than the statement's has the rendering's words. */
    private static boolean repeatsAny(Rendering r, List<Rendering> kept, String article) {
        Statement s = r.statement();
        for (Rendering k : kept) {
            Statement t = k.statement();
            if (s.kind() == t.kind() && (s.speaker() == null) == (t.speaker() == null) && !k.sameArticle(article)
                    && sameText(s.quote(), t.quote())) {
                return true;
            }
        }
        return false;
    }

    /** Equal texts; the callers keep one instance of each quote ({@link VariantMatcher#quote}), so mostly at once. */
    private static boolean sameText(String a, String b) {
        return a == b || a.length() == b.length() && a.hashCode() == b.hashCode() && a.equals(b);
    }

    /** How well an earlier rendering renders the statement's remark; 0 when it cannot be the same remark. */
    private double score(Statement statement, Set<String> mine, Rendering r, String article,
                         ToDoubleFunction<String> weight) {
        Statement other = r.statement();
        Set<String> theirs = r.stems() != null ? r.stems() : matcher.stems(other.quote());
        boolean direct = statement.isDirect() && other.isDirect();
        // One rendering names the speaker and the other does not: only another outlet's (nearly) identical words
        // lend the name, since a remark worded alike in one article, or only loosely alike, may be someone else's.
        if ((statement.speaker() == null) != (other.speaker() == null) && (r.sameArticle(article)
                || !VariantMatcher.nearlyIdentical(statement.quote(), other.quote(), mine, theirs))) {
            return 0;
        }
        if (r.sameArticle(article)) {
            // An article's partial quote lifted from its own paraphrase ("awaiting “detailed information”").
            if (Excerpts.holds(other.quote(), statement.quote()) || Excerpts.holds(statement.quote(), other.quote())) {
                return 1;
            }
            // Two quotations in one article are two passages of a speech unless one repeats the other.
            double score = VariantMatcher.similarity(mine, theirs, weight);
            return !direct || score >= SAME_ARTICLE_QUOTES ? score : 0;
        }
        // A one-word quote ("detailed information") is contained in too much to stand for a longer remark.
        if (Math.min(mine.size(), theirs.size()) < 2 && Math.max(mine.size(), theirs.size()) > 2) {
            return 0;
        }
        // Two outlets quoting one remark share most of its words, even in different translations; quotations
        // that share only a talking point ("root causes") were said on different occasions.
        double score = VariantMatcher.similarity(mine, theirs, weight);
        return !direct || score >= QUOTES ? score : 0;
    }

    /** A stable 20-hex-digit id from the speaker (none when absent) and the quote's words. */
    static String idOf(Statement s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Speakers.key(s.speaker()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(s.quote().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
