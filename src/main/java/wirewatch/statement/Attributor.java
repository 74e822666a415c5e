package wirewatch.statement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds who a reporting clause names as the speaker: the subject left of a reporting verb (passing over adverbs,
 * auxiliaries and an appositive between commas), or the name right after an inverted verb ({@code said Andriy
 * Yermak}). Shared by direct and indirect speech.
 */
final class Attributor {
    /** How many tokens left of a reporting verb its subject is looked for, appositives aside. */
    private static final int SUBJECT_REACH = 14;
    /** The longest parenthesis skipped between a subject and its verb ({@code (R-Fla.)}, {@code (pictured)}). */
    static final int PARENTHESIS_TOKENS = 8;
    /** How far past an inverted verb's noun phrase a comma may open the name in apposition to it. */
    private static final int APPOSITION_REACH = 6;
    private final Text text;
    private final List<Token> tokens;
    private final SpeakerResolver resolver;
    /** For each token, the mention whose head ends there, or null. */
    private final Mention[] endingAt;
    /** For each token, the mention whose phrase covers it, or null. */
    private final Mention[] covering;
    private final boolean[] headline;

    Attributor(Text text, SpeakerResolver resolver) {
        this.text = text;
        this.tokens = text.tokens;
        this.resolver = resolver;
        this.endingAt = new Mention[tokens.size()];
        this.covering = new Mention[tokens.size()];
        this.headline = resolver.headlines();
        for (Mention m : resolver.mentions()) {
            endingAt[m.last()] = m;
            for (int j = m.phraseFirst(); j <= m.last(); j++) {
                covering[j] = m;
            }
        }
    }

    Text text() {
        return text;
    }

    SpeakerResolver resolver() {
        return resolver;
    }

    boolean isHeadline(int paragraph) {
        return headline[paragraph];
    }

    /** The mention whose head ends at the token, or null. */
    @Nullable Mention endingAt(int token) {
        return endingAt[token];
    }

    Mention covering(int token) {
        return covering[token];
    }

    boolean isFiniteReporting(int i) {
        return tokens.get(i).word() && !text.inQuote(i) && Lexicon.REPORTING.contains(tokens.get(i).key())
                && covering[i] == null;
    }

    boolean isReporting(int i) {
        return isFiniteReporting(i) || tokens.get(i).word() && !text.inQuote(i) && covering[i] == null
                && Lexicon.REPORTING_ING.contains(tokens.get(i).key());
    }

    /**
     * The speaker a mention names: its canonical name, or its own words for a name that cannot be resolved. A
     * pronoun, description or collective source nobody can be told from ({@code he}, {@code a resident},
     * {@code officials}) names no one: the speaker is absent.
     */
    @Nullable String speakerOf(Mention m) {
        return resolver.speaker(m).orElseGet(() -> m.isNamed() ? m.name() : null);
    }

    /** The subject of the reporting verb at {@code verb}, searching no further left than {@code floor}. */
    Optional<Mention> subjectLeftOf(int verb, int floor) {
        int skipped = 0;
        int j = verb - 1;
        while (j >= floor && tokens.get(j).word() && Lexicon.ADVERBIALS.contains(tokens.get(j).key())
                && !tokens.get(j).is("and") && !tokens.get(j).is("but")) {
            j--;
        }
        if (j > floor && (tokens.get(j).is("and") || tokens.get(j).is("but")) && covering[j - 1] == null) {
            // "Varga said …, but warned that …": the verb shares the subject of the clause it is joined to.
            return firstSubject(mainClauseStart(floor, j), j);
        }
        j = verb - 1;
        while (j >= floor && skipped < SUBJECT_REACH) {
            if (text.inQuote(j)) {
                return Optional.empty();
            }
            Mention m = endingAt[j];
            if (m != null) {
                if (m.subject() && !afterReportingVerb(m)) {
                    return Optional.of(firstConjunct(m, floor));
                }
                j = m.phraseFirst() - 1;
                skipped++;
                continue;
            }
            Token t = tokens.get(j);
            if (t.isPunct(',') && j > floor && tokens.get(j - 1).isPunct(')')) {
                j--;
                continue;
            }
            if (t.isPunct(',')) {
                Optional<Mention> appositive = appositive(j, floor);
                if (appositive.isPresent()) {
                    return appositive;
                }
            } else if (t.isPunct(')')) {
                // "Sen. Marco Rubio (R-Fla.) said": over the parenthesis.
                int open = openingParenthesis(j, floor);
                if (open < 0) {
                    return Optional.empty();
                }
                j = open - 1;
                continue;
            } else if (t.is("that") || t.isPunct(';') || t.isPunct(':') || t.isPunct('(')) {
                return Optional.empty();
            }
            j--;
            skipped++;
        }
        return Optional.empty();
    }

    /** {@code Phil Berger and Tim Moore said}: joint speakers are given by the first one named. */
    private Mention firstConjunct(Mention m, int floor) {
        int and = m.phraseFirst() - 1;
        Mention before = and - 1 >= floor && tokens.get(and).is("and") ? endingAt[and - 1] : null;
        return before != null && before.isPersonLike() && m.isPersonLike() && before.subject() ? before : m;
    }

    /** Whether {@code and} at {@code j} joins two people ({@code Phil Berger and Tim Moore}). */
    boolean joinsPeople(int j) {
        return j > 0 && j + 1 < tokens.size() && endingAt[j - 1] != null && endingAt[j - 1].isPersonLike()
                && covering[j + 1] != null && covering[j + 1].isPersonLike();
    }

    /** A full name, or a single name the text ties to a person. */
    private boolean isKnownPerson(Mention m) {
        return m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.SINGLE_NAME
                && resolver.speaker(m).isPresent();
    }

    int openingParenthesis(int close, int floor) {
        for (int j = close - 1; j >= Math.max(floor, close - PARENTHESIS_TOKENS); j--) {
            if (tokens.get(j).isPunct('(')) {
                return j;
            }
        }
        return -1;
    }

    /** The token closing the short parenthesis opened at {@code open}, before {@code end}, or -1. */
    int closingParenthesis(int open, int end) {
        for (int j = open + 1; j < Math.min(end, open + PARENTHESIS_TOKENS); j++) {
            if (tokens.get(j).isPunct(')')) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The speaker named after an inverted verb ({@code said Democratic strategist David Axelrod, a longtime ally}):
     * the last person in the noun phrase, which ends at a comma, a preposition or a relative word; else its first
     * mention.
     */
    Optional<Mention> nameAfter(int verb, int end) {
        Mention first = null;
        Mention person = null;
        int j = verb + 1;
        for (; j < Math.min(end, verb + 1 + SUBJECT_REACH); j++) {
            Token t = tokens.get(j);
            Mention m = covering[j];
            if (text.inQuote(j)) {
                break;
            }
            if (m == null && person == null && Lexicon.PREPOSITIONS.contains(t.key())) {
                // "said his best friend at Lehigh, Bruce Turry": over the prepositional phrase to the apposition.
                int comma = commaAfter(j, Math.min(end, j + APPOSITION_REACH));
                Optional<Mention> titled = titledName(j + 1, comma > j ? comma : Math.min(end, j + APPOSITION_REACH));
                if (titled.isPresent()) {
                    return titled;
                }
                j = comma;
                break;
            }
            if (m == null && (!t.word() && !t.isPunct('.') || Lexicon.PREPOSITIONS.contains(t.key())
                    || t.is("who") || t.is("which") || t.is("that"))) {
                break;
            }
            if (m != null && first != null && Lexicon.PREPOSITIONS.contains(tokens.get(m.phraseFirst()).key())) {
                break;   // "Paul Sperry of Counter Jihad": the employer is not the speaker
            }
            if (m != null) {
                first = first == null ? m : first;
                person = isKnownPerson(m) ? m : person;
                j = m.last();
            }
        }
        // "said another commuter, Lotte Brandauer": the name in apposition to the noun phrase.
        Mention named = person == null && j + 1 < end && tokens.get(j).isPunct(',') ? covering[j + 1] : null;
        if (named != null && isKnownPerson(named) && named.phraseFirst() == j + 1) {
            return Optional.of(named);
        }
        return Optional.ofNullable(person != null ? person : first);
    }

    /**
     * A person named after a title that holds a prepositional phrase: the {@code Asab Tabchi} of
     * {@code master of ceremonies Asab Tabchi}, whose name follows a common noun, not the preposition.
     */
    private Optional<Mention> titledName(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            Mention m = covering[j];
            Token before = tokens.get(j - 1);
            if (m != null && m.phraseFirst() == j && isKnownPerson(m) && before.word() && !before.isCapitalised()
                    && !Lexicon.PREPOSITIONS.contains(before.key()) && !Lexicon.DETERMINERS.contains(before.key())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The comma in {@code [from, to)} outside quotations, or {@code from}. */
    private int commaAfter(int from, int to) {
        for (int j = from; j < to; j++) {
            if (text.inQuote(j)) {
                break;
            }
            if (tokens.get(j).isPunct(',')) {
                return j;
            }
        }
        return from;
    }

    /** The last person, as the subject of a clause, in {@code [from, to)} outside quotations. */
    Optional<Mention> lastSubjectPerson(int from, int to) {
        for (int j = to - 1; j >= Math.max(0, from); j--) {
            Mention m = endingAt[j];
            if (m != null && !text.inQuote(j) && m.subject() && isKnownPerson(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Past a clause or phrase that opens the sentence before the main one: {@code When told Perez was there, Bush}
     * or {@code In an interview with journalist Matei Rosca, Lazar}.
     */
    int mainClauseStart(int floor, int to) {
        String first = tokens.get(floor).key();
        if (!Lexicon.SUBORDINATORS.contains(first) && !Lexicon.PREPOSITIONS.contains(first)) {
            return floor;
        }
        for (int j = floor + 1; j < to; j++) {
            if (tokens.get(j).isPunct(',') && !text.inQuote(j)) {
                return j + 1;
            }
        }
        return floor;
    }

    private Optional<Mention> firstSubject(int from, int to) {
        for (int j = from; j < to; j++) {
            Mention m = covering[j];
            if (m != null && m.subject() && !text.inQuote(j)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code NAME, an appositive,} ending at the comma {@code close}: the appositive when it is itself a name
     * ({@code The Kremlin spokesperson, Dmitry Peskov, said}), else the mention before it. Appositives chain
     * ({@code Senator Richard Shelby, the Alabama Republican who heads the Banking Committee, which oversees the Fed,
     * said}); a person before an earlier comma is preferred to an organisation inside a later one.
     */
    private Optional<Mention> appositive(int close, int floor) {
        for (int c = close - 1; c >= Math.max(floor, close - DirectQuotes.APPOSITIVE_TOKENS); c--) {
            if (text.inQuote(c)) {
                return Optional.empty();
            }
            if (tokens.get(c).isPunct(',')) {
                Mention inside = covering[c + 1];
                if (inside != null && isKnownPerson(inside) && inside.subject() && endingAt[close - 1] == inside) {
                    return Optional.of(inside);
                }
                Mention before = c > 0 ? endingAt[c - 1] : null;
                boolean speaks = before != null && before.subject() && before.kind() != Mention.Kind.PRONOUN;
                if (speaks && (isKnownPerson(before) || before.kind() == Mention.Kind.DESCRIPTION)) {
                    return Optional.of(before);
                }
                Optional<Mention> earlier = appositive(c, floor);
                if (earlier.isPresent() && isKnownPerson(earlier.get())) {
                    return earlier;
                }
                return speaks ? Optional.of(before) : earlier;
            }
        }
        return Optional.empty();
    }

    private boolean afterReportingVerb(Mention m) {
        int before = m.phraseFirst() - 1;
        return before >= 0 && tokens.get(before).word() && Lexicon.ADDRESSING.contains(tokens.get(before).key());
    }

    /** The first mention starting in {@code [from, to)}. */
    Optional<Mention> firstFrom(int from, int to) {
        for (int j = from; j < Math.min(to, tokens.size()); j++) {
            Mention m = covering[j];
            if (m != null && !text.inQuote(j)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The last mention ending in {@code [from, to)}. */
    Optional<Mention> lastBefore(int from, int to) {
        for (int j = Math.min(to, tokens.size()) - 1; j >= from; j--) {
            if (endingAt[j] != null && !text.inQuote(j)) {
                return Optional.of(endingAt[j]);
            }
        }
        return Optional.empty();
    }

    boolean isNegated(int verb) {
        if (verb >= 2 && tokens.get(verb - 1).is("to") && Lexicon.DECLINING.contains(tokens.get(verb - 2).key())) {
            // "declined to say whether …", "refused to comment": no speech was made.
            return true;
        }
        for (int j = verb - 1; j >= Math.max(0, verb - 3); j--) {
            String k = tokens.get(j).key();
            if (k.equals("not") || k.endsWith("n't") || k.equals("never")) {
                return true;
            }
            if (!(k.equals("also") || k.equals("did") || k.equals("does") || k.equals("or") || k.equals("has")
                    || Lexicon.REPORTING.contains(k))) {
                return false;
            }
        }
        return false;
    }
}
