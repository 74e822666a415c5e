package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds reported speech: a speaker, a reporting verb and the reported clause ({@code Putin said Russia agrees in
 * principle}, {@code Peskov told reporters that …}, {@code , saying that …}, {@code according to X, …},
 * {@code …, per X}, {@code hinted at …}, {@code called on Russia to …}). The statement is the that-clause,
 * wh-clause, infinitive or object, without sentence-final punctuation and without trailing glosses such as
 * {@code , where …} or {@code , adding that …} (which is a statement of its own). A clause that is only a quotation
 * with a few words of frame is left to the direct statement.
 */
final class IndirectSpeech {
    private static final Set<String> TIME = Set.of("on", "late", "earlier", "later", "this", "last", "week",
            "year", "month", "morning", "afternoon", "evening", "night", "yesterday", "today", "again", "also",
            "repeatedly", "publicly", "previously", "separately", "in", "a", "an", "statement", "interview",
            "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "at", "during", "after", "only", "once", "privately", "openly", "firmly", "recently");
    private static final Set<String> NOT_CLAUSE_START = Set.of("during", "in", "on", "at", "after", "before",
            "to", "from", "with", "for", "by", "but", "and", "or", "when", "as", "while", "so", "of", "about",
            "through", "via", "since", "until", "outside", "inside", "into", "late", "later", "earlier", "then");
    private static final int MIN_FREE_WORDS = 4;
    /**
     * The fewest words of the writer's own a reported clause needs around a quotation it holds ({@code said the
     * judge was “gone”}); with fewer, the quotation alone is the statement. Set on PolNeAR train.
     */
    private static final int MIXED_FREE_WORDS = 3;
    /** How far into a zero-that clause its finite verb is looked for, in tokens. */
    private static final int FINITE_REACH = 10;
    /** How close to its sentence's end a reporting verb must be to report the clause before it, in tokens. */
    private static final int TRAILING_REACH = 16;
    /** The most words of time, place and medium after a trailing reporting verb: {@code on Twitter late Tuesday}. */
    private static final int TRAILING_FRAME = 5;
    /** The longest unnamed source before a trailing verb: {@code the state's top election official}. */
    private static final int DESCRIPTION_WORDS = 6;

    private final Attributor attributor;
    /** The last reported clause of the sentence being read: its speaker also says a clause joined by "but". */
    private Clause previous;
    private final Text text;
    private final List<Token> tokens;

    /** A reported clause {@code [from, to)} and the mention of its speaker, null for an unnamed source. */
    private record Clause(int speakerToken, @Nullable Mention speaker, int from, int to) {
    }

    IndirectSpeech(Attributor attributor) {
        this.attributor = attributor;
        this.text = attributor.text();
        this.tokens = text.tokens;
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            int begin = text.sentenceBegin(s);
            int end = text.sentenceEnd(s);
            int consumed = begin;
            previous = null;
            Optional<Clause> trailing = trailing(begin, end);
            if (trailing.isPresent()) {
                emit(trailing.get(), out);
                continue;
            }
            for (int v = begin; v < end; v++) {
                if (v < consumed || text.inQuote(v) || !tokens.get(v).word()) {
                    continue;
                }
                Optional<Clause> clause = at(v, begin, end);
                if (clause.isEmpty()) {
                    continue;
                }
                Clause c = clause.get();
                previous = c;
                consumed = Math.max(v + 1, c.to);
                List<Statement> bullets = bullets(c, end);
                if (bullets.isEmpty()) {
                    emit(c, out);
                } else {
                    out.addAll(bullets);
                }
            }
        }
        return out;
    }

    /**
     * A reporting clause ending in a colon followed by bulleted lines ({@code raised concerns about the terms,
     * including:}) reports one statement per bullet.
     */
    private List<Statement> bullets(Clause c, int sentenceEnd) {
        List<Statement> out = new ArrayList<>();
        if (c.to < sentenceEnd - 1 || !tokens.get(sentenceEnd - 1).isPunct(':')) {
            return out;
        }
        @Nullable String speaker = c.speaker == null ? null : attributor.speakerOf(c.speaker);
        int j = sentenceEnd;
        while (j < tokens.size() && isBullet(j)) {
            int p = text.paragraphOf[j];
            int e = j + 1;
            while (e < tokens.size() && text.paragraphOf[e] == p) {
                e++;
            }
            int stop = trim(j + 1, e);
            if (stop > j + 1) {
                int from = tokens.get(j + 1).start();
                int to = tokens.get(stop - 1).end();
                out.add(new Statement(speaker, text.s.substring(from, to), Statement.Kind.INDIRECT, from, to));
            }
            j = e;
        }
        return out;
    }

    private boolean isBullet(int j) {
        Token t = tokens.get(j);
        boolean startsLine = j == 0 || text.paragraphOf[j - 1] != text.paragraphOf[j];
        return startsLine && (DirectQuotes.isDash(t) || t.isPunct('\u2022') || t.isPunct('*') || t.isPunct('\u00B7'));
    }

    private void emit(Clause c, List<Statement> out) {
        @Nullable String speaker = c.speaker == null ? null : attributor.speakerOf(c.speaker);
        int from = c.from;
        boolean wh = Lexicon.WH.contains(tokens.get(from).key());
        for (int t = c.from + 1; t < c.to - 1; t++) {
            Token x = tokens.get(t);
            boolean coordinated = (tokens.get(t - 1).is("and") || tokens.get(t - 1).is("or")) && !text.inQuote(t);
            if (coordinated && x.is("that") && freeWords(from, t - 1) < MIN_FREE_WORDS) {
                piece(speaker, from, t - 1, out);
                from = t + 1;
            } else if (coordinated && wh && Lexicon.WH.contains(x.key()) && !x.is("if")) {
                piece(speaker, from, t - 1, out);
                from = t;
            }
        }
        piece(speaker, from, c.to, out);
    }

    private void piece(@Nullable String speaker, int from, int to, List<Statement> out) {
        int end = trim(from, to);
        if (end <= from) {
            return;
        }
        int free = 0;
        int quoted = 0;
        for (int t = from; t < end; t++) {
            if (tokens.get(t).word()) {
                if (text.inQuote(t)) {
                    quoted++;
                } else {
                    free++;
                }
            }
        }
        if (free + quoted < 3 || quoted > 0 && free < MIXED_FREE_WORDS) {
            return;
        }
        int start = tokens.get(from).start();
        int stop = tokens.get(end - 1).end();
        out.add(new Statement(speaker, text.s.substring(start, stop), Statement.Kind.INDIRECT, start, stop));
    }

    /** Words outside quotation marks in the clause that starts with a quote at {@code from}, glosses excluded. */
    private int freeWordsAfterQuote(int from, int end) {
        return freeWords(from, contentEnd(from, end));
    }

    private int freeWords(int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            n += tokens.get(t).word() && !text.inQuote(t) ? 1 : 0;
        }
        return n;
    }

    /** Drops trailing punctuation outside quotation marks. */
    private int trim(int from, int to) {
        int end = to;
        while (end > from && !tokens.get(end - 1).word() && !text.inQuote(end - 1)) {
            end--;
        }
        return end;
    }

    private Optional<Clause> at(int v, int begin, int end) {
        Token t = tokens.get(v);
        String k = t.key();
        if (!attributor.isReporting(v) || attributor.isNegated(v) || attributor.covering(v) != null) {
            return Optional.empty();
        }
        if (isNounOrInfinitive(v) || headline(v)) {
            return Optional.empty();
        }
        Optional<Mention> subject = attributor.subjectLeftOf(v, begin);
        boolean participle = Lexicon.REPORTING_ING.contains(k);
        if (subject.isEmpty() && participle) {
            subject = firstSubject(begin, v);
        }
        if (subject.isEmpty() && previous != null && previous.to <= v && isCoordinated(previous.to, v)) {
            subject = Optional.ofNullable(previous.speaker);
        }
        boolean unnamed = subject.isEmpty() && !participle && unnamedSubject(v, begin);
        if (subject.isEmpty() && !unnamed || subject.isPresent() && isSourceClause(subject.get(), begin)) {
            return Optional.empty();
        }
        int from;
        if (subject.isPresent() && v + 2 < end && tokens.get(v + 1).isPunct(',')
                && subject.get().phraseFirst() > begin
                && tokens.get(subject.get().phraseFirst() - 1).isPunct(',')) {
            from = parenthetical(v + 2, end);
        } else {
            from = complementStart(v, end);
        }
        if (from < 0 || !isClauseStart(from, end)) {
            return Optional.empty();
        }
        boolean thatClause = tokens.get(from - 1).is("that") || Lexicon.WH.contains(tokens.get(from).key());
        if (closesAttribution(v, begin) && !thatClause) {
            return Optional.empty();
        }
        // A participle reports speech only with a clause: ", saying that …", not ", emphasizing Russia's stance".
        if (participle && !thatClause && Lexicon.PHRASAL.get(k) == null
                && !Lexicon.ADDRESSING.contains(k)) {
            return Optional.empty();
        }
        int to = contentEnd(from, end);
        // A verb with its particle ("expressed support for", "hinted at") reports what follows, clause or not.
        if (!thatClause && Lexicon.PHRASAL.get(k) == null && !isFinite(v, from, to)) {
            return Optional.empty();
        }
        return Optional.of(new Clause(v, subject.orElse(null), from, to));
    }

    /**
     * True when a clause without {@code that} holds a finite verb near its start, as reported speech does
     * ({@code said the talks had stalled}, {@code said each year yields more}); {@code claimed the prize} and
     * {@code described a rigged system} report no clause. Without a tagger, a finite verb is an auxiliary or modal,
     * a negated or contracted form, a past tense in -ed, a present tense in -s after a noun, or anything after a
     * subject pronoun. Verbs of saying take a clause whatever it holds.
     */
    private boolean isFinite(int v, int from, int to) {
        if (v >= 0 && Lexicon.SAYING.contains(tokens.get(v).key())) {
            return true;
        }
        Token first = tokens.get(from);
        if (Lexicon.SUBJECT_PRONOUNS.contains(first.key()) || first.key().contains("'")) {
            return true;
        }
        for (int t = from + 1; t < Math.min(to, from + FINITE_REACH); t++) {
            Token x = tokens.get(t);
            String k = x.key();
            if (!x.word() || text.inQuote(t) || x.isCapitalised()) {
                continue;
            }
            Token before = tokens.get(t - 1);
            boolean afterNoun = before.word() && (before.isCapitalised() || !before.key().endsWith("s")
                    || Lexicon.SUBJECT_PRONOUNS.contains(before.key()))
                    && !Lexicon.TITLE_FUNCTION_WORDS.contains(before.key())
                    && !Lexicon.PREPOSITIONS.contains(before.key());
            boolean inflected = k.endsWith("ed") || k.endsWith("s") && !k.endsWith("ss");
            if (Lexicon.AUXILIARIES.contains(k) || k.endsWith("n't") || k.contains("'") || inflected && afterNoun) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code CLAUSE, the ministry said.} or {@code CLAUSE, said Anna Berg, a spokeswoman.}: the reporting verb after
     * the clause it reports, within {@value #TRAILING_REACH} tokens of the sentence end. The clause is the sentence up
     * to the comma; one that is mostly a quotation is left to the direct statement.
     */
    private Optional<Clause> trailing(int begin, int end) {
        for (int v = end - 1; v > begin && v >= end - TRAILING_REACH; v--) {
            if (text.inQuote(v) || !attributor.isFiniteReporting(v) || attributor.isNegated(v)) {
                continue;
            }
            int comma = v - 1;
            while (comma > begin && !tokens.get(comma).isPunct(',') && !text.inQuote(comma)
                    && v - comma <= TRAILING_REACH) {
                comma--;
            }
            if (comma <= begin || !tokens.get(comma).isPunct(',')) {
                return Optional.empty();
            }
            Optional<Mention> subject = comma + 1 < v ? attributor.subjectLeftOf(v, comma + 1)
                    : attributor.nameAfter(v, end);
            boolean unnamed = subject.isEmpty() && comma + 1 < v && isDescription(comma + 1, v);
            if (subject.isEmpty() && !unnamed || !onlyFrameAfter(v, end)
                    || subject.isPresent() && comma + 1 < v && !subjectBeside(subject.get(), v)) {
                return Optional.empty();
            }
            int from = begin;
            while (from < comma && !tokens.get(from).word() && !text.inQuote(from)) {
                from++;
            }
            if (freeWords(from, comma) < MIN_FREE_WORDS || quotedWords(from, comma) > freeWords(from, comma)
                    || !isFinite(-1, from, comma)) {
                return Optional.empty();
            }
            return Optional.of(new Clause(v, subject.orElse(null), from, comma));
        }
        return Optional.empty();
    }

    /**
     * {@code The ministry said …}, {@code Two officials told reporters …}: the verb's subject is a short noun phrase
     * that opens the clause and names no one.
     */
    private boolean unnamedSubject(int v, int begin) {
        if (v - 1 <= begin) {
            return false;
        }
        int j = v - 1;
        while (j > begin && v - j <= DESCRIPTION_WORDS && tokens.get(j).word()
                && !Lexicon.DETERMINERS.contains(tokens.get(j).key())) {
            j--;
        }
        while (j > begin && Lexicon.APPROXIMATORS.contains(tokens.get(j - 1).key())) {
            j--;
        }
        boolean opensClause = j == begin || tokens.get(j - 1).isPunct(',') || tokens.get(j - 1).is("and")
                || tokens.get(j - 1).is("but") || text.inQuote(j - 1);
        return j < v - 1 && opensClause && isDescription(j, v);
    }

    /** True when only adverbs stand between the subject and its verb: {@code the ministry also said}. */
    private boolean subjectBeside(Mention subject, int v) {
        for (int t = subject.last() + 1; t < v; t++) {
            if (!Lexicon.ADVERBIALS.contains(tokens.get(t).key()) && !tokens.get(t).key().endsWith("ly")) {
                return false;
            }
        }
        return true;
    }

    /** {@code the port authority}, {@code two officials}: a short noun phrase that names no one. */
    private boolean isDescription(int from, int to) {
        int start = from;
        while (start < to - 1 && Lexicon.APPROXIMATORS.contains(tokens.get(start).key())) {
            start++;
        }
        Token first = tokens.get(start);
        if (to - from > DESCRIPTION_WORDS || !first.word()
                || !(Lexicon.DETERMINERS.contains(first.key()) || isNumber(first))) {
            return false;
        }
        for (int t = start + 1; t < to; t++) {
            Token x = tokens.get(t);
            boolean share = x.is("in") && t + 1 < to && isNumber(tokens.get(t + 1));   // "four in 10 voters"
            if (!x.word() || Lexicon.AUXILIARIES.contains(x.key()) || Lexicon.PREPOSITIONS.contains(x.key())
                    && !x.is("of") && !share) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(Token t) {
        return t.word() && (Character.isDigit(t.text().charAt(0)) || Lexicon.NUMBERS.contains(t.key()));
    }

    /**
     * True when the verb is followed by no more than its frame: the speaker, a few words of time, place or medium
     * ({@code on Tuesday}, {@code in a statement}), and an appositive after a comma. A pronoun, an auxiliary or
     * {@code that} there would open a clause the verb reports instead.
     */
    private boolean onlyFrameAfter(int v, int end) {
        int words = 0;
        for (int t = v + 1; t < end; t++) {
            Token x = tokens.get(t);
            if (x.isPunct(',')) {
                return true;
            }
            if (text.inQuote(t) || x.isPunct(':') || attributor.covering(t) != null) {
                continue;
            }
            String k = x.key();
            if (x.word() && (k.equals("that") || Lexicon.SUBJECT_PRONOUNS.contains(k)
                    || Lexicon.AUXILIARIES.contains(k) || ++words > TRAILING_FRAME)) {
                return false;
            }
        }
        return true;
    }

    private int quotedWords(int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            n += tokens.get(t).word() && text.inQuote(t) ? 1 : 0;
        }
        return n;
    }

    /** {@code …, but warned that …}: only a conjunction and adverbs between the last clause and this verb. */
    private boolean isCoordinated(int from, int v) {
        for (int j = from; j < v; j++) {
            Token t = tokens.get(j);
            if (t.word() && !(t.is("but") || t.is("and") || t.is("also") || Lexicon.ADVERBIALS.contains(t.key()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a promise}, {@code of maximalist demands}, {@code to demand}: the cue word is not a reporting verb. */
    private boolean isNounOrInfinitive(int v) {
        if (v == 0) {
            return false;
        }
        Token before = tokens.get(v - 1);
        String k = before.key();
        if (!before.word() || attributor.covering(v - 1) != null) {
            return false;
        }
        if (k.equals("to") || k.equals("a") || k.equals("an") || k.equals("the") || k.equals("his")
                || k.equals("her") || k.equals("its") || k.equals("their") || Lexicon.PREPOSITIONS.contains(k)
                || before.possessive()) {
            return true;
        }
        String verb = tokens.get(v).key();
        boolean past = verb.endsWith("ed") || verb.equals("said") || verb.equals("told") || verb.equals("wrote");
        if (!past && v >= 2 && !Lexicon.ADVERBIALS.contains(k) && !k.endsWith("ly") && tokens.get(v - 2).word()
                && attributor.covering(v - 2) == null) {
            String k2 = tokens.get(v - 2).key();
            return k2.equals("a") || k2.equals("an") || k2.equals("the") || k2.equals("of");
        }
        return false;
    }

    /** {@code As CNN noted, …}: the clause names a source for what follows, it reports nothing itself. */
    private boolean isSourceClause(Mention subject, int begin) {
        int j = subject.phraseFirst() - 1;
        while (j >= begin && tokens.get(j).word() && (tokens.get(j).is("the") || tokens.get(j).is("a"))) {
            j--;
        }
        return j >= begin && tokens.get(j).is("as");
    }

    private boolean headline(int v) {
        return attributor.isHeadline(text.paragraphOf[v]);
    }


    private int complementStart(int v, int end) {
        String k = tokens.get(v).key();
        int j = v + 1;
        if (j >= end) {
            return -1;
        }
        java.util.Set<String> particles = Lexicon.PHRASAL.get(k);
        if (particles != null) {
            // "raised multiple concerns about": one modifier may come before the particle.
            if (!particles.contains(tokens.get(j).key()) && j + 1 < end && tokens.get(j).word()
                    && !k.equals("hinted") && !k.equals("pointed")) {
                j++;
            }
            Token next = tokens.get(j);
            if (!particles.contains(next.key())) {
                return -1;
            }
            if (k.equals("raised")) {
                return j + 1 < end && (tokens.get(j + 1).is("about") || tokens.get(j + 1).is("over")) ? j + 2 : -1;
            }
            if (k.startsWith("express")) {
                return j + 1 < end && tokens.get(j + 1).is("that") ? j + 2 : j;
            }
            return j + 1;
        }
        if (Lexicon.ATTRIBUTION_ONLY.contains(k)) {
            return -1;
        }
        if (Lexicon.ADDRESSING.contains(k)) {
            return addressed(k, j, end);
        }
        Token next = tokens.get(j);
        if (next.is("that")) {
            return j + 1;
        }
        if (Lexicon.WH.contains(next.key())) {
            return j;
        }
        if (TIME.contains(next.key()) || next.word() && Character.isDigit(next.text().charAt(0))) {
            for (int t = j; t < Math.min(end, j + 8); t++) {
                Token x = tokens.get(t);
                if (!x.word() || text.inQuote(t)) {
                    break;
                }
                if (x.is("that")) {
                    return t + 1;
                }
                if (t > j && Lexicon.SUBJECT_PRONOUNS.contains(x.key())) {
                    return t;   // "said in a statement on Thursday they pulled …": the clause after the frame
                }
            }
        }
        return j;
    }

    /** After {@code told reporters}: the that-clause, the clause starting with a pronoun, or object + infinitive. */
    private int addressed(String verb, int j, int end) {
        for (int t = j; t < Math.min(end, j + 9); t++) {
            Token x = tokens.get(t);
            if (!x.word() && !x.isPunct('\u2019') || text.inQuote(t)) {
                break;
            }
            if (x.is("that")) {
                return t + 1;
            }
            if (Lexicon.WH.contains(x.key()) && t == j) {
                return t;
            }
        }
        for (int t = j + 1; t < Math.min(end, j + 4); t++) {
            String k = tokens.get(t).key();
            if (!tokens.get(t).word() || text.inQuote(t)) {
                break;
            }
            if (k.equals("he") || k.equals("she") || k.equals("they") || k.equals("it") || k.equals("we")) {
                return t;
            }
        }
        return -1;
    }

    private boolean isClauseStart(int from, int end) {
        if (from >= end) {
            return false;
        }
        Token t = tokens.get(from);
        if (!t.word()) {
            return text.inQuote(from) && freeWordsAfterQuote(from, end) >= MIN_FREE_WORDS;
        }
        if (NOT_CLAUSE_START.contains(t.key())) {
            return false;
        }
        Mention m = attributor.covering(from);
        if (m != null && m.phraseFirst() == from && m.kind() != Mention.Kind.PRONOUN) {
            int after = m.last() + 1;
            // "said Andriy Yermak, his chief of staff": an inverted attribution, not a reported clause.
            return !(after >= end || tokens.get(after).isPunct(',') || tokens.get(after).isPunct('.'));
        }
        return true;
    }

    /** True when the verb follows a closing quotation mark within a few words: {@code ,” Peskov told reporters}. */
    private boolean closesAttribution(int v, int begin) {
        for (int j = v - 1; j >= Math.max(begin, v - 6); j--) {
            if (text.inQuote(j)) {
                return true;
            }
            Token t = tokens.get(j);
            if (t.word() && attributor.covering(j) == null && !Lexicon.ADVERBIALS.contains(t.key())) {
                return false;
            }
        }
        return false;
    }

    private Optional<Mention> firstSubject(int begin, int v) {
        for (int j = begin; j < v; j++) {
            Mention m = attributor.covering(j);
            if (m != null && m.subject() && !text.inQuote(j)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code Another issue, he said, is whether …}: the clause after {@code is}. */
    private int parenthetical(int from, int end) {
        if (from + 1 < end && (tokens.get(from).is("is") || tokens.get(from).is("was"))) {
            Token next = tokens.get(from + 1);
            if (next.is("that")) {
                return from + 2;
            }
            if (Lexicon.WH.contains(next.key())) {
                return from + 1;
            }
        }
        return from;
    }

    /** Where the reported clause stops: the sentence end or a trailing gloss. */
    private int contentEnd(int from, int end) {
        for (int t = from; t < end; t++) {
            Token x = tokens.get(t);
            if (text.inQuote(t)) {
                boolean closing = t + 1 >= end || !text.inQuote(t + 1) || text.quoteOf[t + 1] != text.quoteOf[t];
                if (closing && t + 1 < end && (tokens.get(t - 1).isPunct(',') && glossAfterComma(t + 1, end)
                        || tokens.get(t + 1).is("as") && t + 2 < end && isDeterminer(tokens.get(t + 2)))) {
                    return t + 1;
                }
                continue;
            }
            if (x.isPunct(';') || x.isPunct('(') || x.isPunct(':') && t > from) {
                return t;
            }
            if (t + 1 >= end) {
                break;
            }
            Token next = tokens.get(t + 1);
            if (x.isPunct(',') && glossAfterComma(t + 1, end)) {
                return t;
            }
            if (DirectQuotes.isDash(x) && next.word() && next.key().endsWith("ing") && !next.isCapitalised()
                    && !dashFollows(t + 1, end)) {
                return t;
            }
            // "… and highlighted their shared goals", "…, ultimately did not show up": a second verb of the speaker.
            boolean joined = x.is("but") || x.is("and") || x.isPunct(',');
            if (joined && t > from && !next.isCapitalised() && (next.key().endsWith("ed")
                    || Lexicon.REPORTING.contains(next.key()) || Lexicon.AUXILIARIES.contains(next.key())
                    && x.isPunct(','))) {
                return t;
            }
        }
        return end;
    }

    private static boolean isDeterminer(Token t) {
        return t.is("the") || t.is("a") || t.is("an") || t.is("his") || t.is("her") || t.is("its") || t.is("their");
    }

    private boolean dashFollows(int from, int end) {
        for (int t = from; t < end; t++) {
            if (DirectQuotes.isDash(tokens.get(t))) {
                return true;
            }
        }
        return false;
    }

    private boolean glossAfterComma(int n, int end) {
        Token next = tokens.get(n);
        String k = next.key();
        if (!next.word() || text.inQuote(n)) {
            return false;
        }
        if (k.endsWith("ing") && !next.isCapitalised() && !k.equals("including") && !k.equals("during")
                && !k.equals("following") && !k.equals("according") || k.equals("according")
                || k.equals("per") || k.equals("where") || k.equals("though") || k.equals("although")) {
            return true;
        }
        if ((k.equals("while") || k.equals("before") || k.equals("after")) && n + 1 < end
                && tokens.get(n + 1).key().endsWith("ing")) {
            // ", while emphasizing it is not an endorsement": the writer's gloss.
            return true;
        }
        if (k.equals("a") || k.equals("an")) {
            // ", a sprawling battleground …", ", a stance that …": the writer's appositive gloss.
            return true;
        }
        if (k.equals("but") && n + 1 < end) {
            String after = tokens.get(n + 1).key();
            return after.endsWith("ed") || Lexicon.REPORTING.contains(after);
        }
        Mention m = attributor.covering(n);
        return m != null && m.last() + 1 < end && attributor.isFiniteReporting(m.last() + 1);
    }
}
