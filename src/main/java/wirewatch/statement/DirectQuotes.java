package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns quotations into direct statements and attributes them. A quotation of more than {@value #SHORT_WORDS} words
 * is speech; a shorter fragment is a statement only inside attributed content ({@code called the election
 * “rigged”}, {@code “Not this year,” she added}), else it is a scare quote. Labels ({@code what he calls the “root
 * causes”}, {@code the term “…”}, {@code the Kremlin’s “cautious optimism”}) and titles in title case are never
 * statements. Attribution looks after the quote ({@code ,” he said}, {@code ,” said Andriy Yermak}, {@code ,” chief
 * executive Lowell McAdam said}, {@code ” — Putin}), then before it ({@code Putin said: “…}), then at the quote
 * before it in the paragraph (a split quote), then at the last speaker nearby. A quotation over several paragraphs
 * gives one statement a paragraph.
 */
final class DirectQuotes {
    private static final Set<String> LABEL_VERBS = Set.of("calls", "called", "call", "calling", "dubbed", "dubs",
            "so-called", "termed", "terms", "labelled", "labeled", "branded", "nicknamed", "titled", "entitled");
    /** Up to this many words a quotation may be a label or scare quote; beyond it, it is speech. */
    private static final int SHORT_WORDS = 4;
    /** Words that may stand between a closing mark and its reporting verb: a name with its title. */
    private static final int FRAME_WORDS = 8;
    /** The longest appositive or relative clause skipped between a speaker and the verb, in tokens. */
    static final int APPOSITIVE_TOKENS = 24;
    /** Words that end the speaker phrase after a quotation: what follows is a new clause, not the attribution. */
    private static final Set<String> ENDS_FRAME = Set.of("that", "which", "who", "whom", "whose", "where", "when",
            "because", "if", "but", "and", "while", "although", "though", "so", "is", "was", "are", "were", "as",
            "to", "after", "before", "since", "until", "in", "on", "at");
    /** Titles of shows, books and campaigns run to a few words; a longer capitalised quote is speech in capitals. */
    private static final int TITLE_WORDS = 8;
    /** Nouns that introduce a quoted label: {@code the term “bimbo eruptions”}, {@code the name ‘Trump’}. */
    private static final Set<String> LABEL_NOUNS = Set.of("term", "terms", "word", "words", "phrase", "name",
            "names", "slogan", "label", "nickname", "hashtag", "motto", "headline", "title");

    /**
     * Who the text gives as a quotation's source: a speaker, or absent for a source that names no one ({@code he}
     * unresolved, {@code officials}). Such a source still attributes the quotation: it is not searched for further,
     * and a quotation that follows may continue it.
     */
    private record Source(@Nullable String speaker) {
        static final Source NO_ONE = new Source(null);
    }

    private final Text text;
    private final List<Token> tokens;
    private final Attributor attributor;

    DirectQuotes(Attributor attributor) {
        this.attributor = attributor;
        this.text = attributor.text();
        this.tokens = text.tokens;
    }

    List<Statement> find() {
        List<Statement> out = new ArrayList<>();
        @Nullable Source previousSpeaker = null;
        int previousParagraph = -1;
        int previousSentence = -1;
        boolean previousEndedParagraph = false;
        int previousClose = -1;
        for (QuoteSpan q : text.quotes) {
            int open = text.tokenAt(q.open());
            int close = text.tokenAt(q.close()) - 1;
            if (open >= tokens.size() || close < open) {
                continue;
            }
            int words = wordsIn(open, close);
            Optional<Mention> pull = pullQuoteSpeaker(close);
            if (pull.isEmpty() && !isStatement(open, close, words)) {
                continue;
            }
            int paragraph = text.paragraphOf[open];
            Optional<Source> speaker = pull.map(this::source);
            if (speaker.isEmpty()) {
                // A quote that opens its sentence, or ends in a comma ("…,” he said), is attributed after it; a
                // quote inside a reported clause belongs to its verb ("Trump said that “it’s up to Russia now” as
                // his administration presses Moscow").
                boolean strong = endsForAttribution(q);
                speaker = opensSentence(open) || strong ? after(close, strong).or(() -> before(open))
                        : before(open).or(() -> after(close, false));
            }
            boolean continues = previousSpeaker != null && (paragraph == previousParagraph
                    || paragraph == previousParagraph + 1 && previousEndedParagraph && startsParagraph(open)
                    || text.sentenceOf[open] - previousSentence <= 2);
            if (speaker.isEmpty()) {
                // A person brought in since the last quotation, in this paragraph or the one before, is who an
                // unattributed quotation belongs to ("Anna Berg has baked here for 30 years. / “We lost it all.”")
                // when they come in a paragraph of their own; otherwise the quotation continues the last speaker.
                int from = Math.max(previousClose + 1, paragraphStart(Math.max(0, paragraph - 1)));
                Optional<Mention> introduced = attributor.lastSubjectPerson(from, open);
                boolean newParagraph = introduced.isPresent()
                        && text.paragraphOf[introduced.get().first()] > previousParagraph;
                Optional<Source> continued = continues ? Optional.of(previousSpeaker) : Optional.empty();
                speaker = continues && !newParagraph ? continued
                        : introduced.map(this::source).or(() -> continued);
            }
            if (speaker.isEmpty() && pull.isEmpty() && words <= SHORT_WORDS) {
                continue;
            }
            Source who = speaker.orElse(Source.NO_ONE);
            attributor.resolver().noteSpeaker(open, who.speaker());
            out.addAll(statements(q, who.speaker()));
            previousSpeaker = who;
            previousParagraph = text.paragraphOf[close];
            previousSentence = text.sentenceOf[close];
            previousEndedParagraph = close + 1 >= tokens.size() || text.paragraphOf[close + 1] != paragraph;
            previousClose = close;
        }
        out.addAll(unmarkedPullQuotes());
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A line of its own ending {@code — Speaker} with no quotation marks: a pull quote set off by layout. */
    private List<Statement> unmarkedPullQuotes() {
        List<Statement> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int p = text.paragraphOf[i];
            int end = i;
            boolean quoted = false;
            while (end < tokens.size() && text.paragraphOf[end] == p) {
                quoted |= text.inQuote(end);
                end++;
            }
            if (!quoted) {
                pullLine(i, end).ifPresent(out::add);
            }
            i = end;
        }
        return out;
    }

    private Optional<Statement> pullLine(int first, int end) {
        int dash = -1;
        for (int j = end - 1; j > first && j >= end - 6; j--) {
            if (isDash(tokens.get(j))) {
                dash = j;
                break;
            }
        }
        if (dash < 0 || dash - first < 4 || dash + 1 >= end) {
            return Optional.empty();
        }
        for (int j = dash + 1; j < end; j++) {
            if (tokens.get(j).word() && !tokens.get(j).isCapitalised()) {
                return Optional.empty();
            }
        }
        Optional<Mention> who = attributor.firstFrom(dash + 1, end);
        if (who.isEmpty() || who.get().kind() == Mention.Kind.DESCRIPTION && !who.get().subject()) {
            return Optional.empty();
        }
        int start = tokens.get(first).start();
        int stop = tokens.get(dash - 1).end();
        @Nullable String speaker = attributor.speakerOf(who.get());
        attributor.resolver().noteSpeaker(first, speaker);
        return Optional.of(new Statement(speaker, text.s.substring(start, stop), Statement.Kind.DIRECT, start, stop));
    }

    /** One statement per paragraph of the quotation: news style reopens the marks on each paragraph. */
    private List<Statement> statements(QuoteSpan q, @Nullable String speaker) {
        List<Statement> out = new ArrayList<>();
        String s = text.s;
        int from = q.contentStart();
        while (from < q.contentEnd()) {
            int newline = s.indexOf('\n', from);
            int to = newline < 0 || newline >= q.contentEnd() ? q.contentEnd() : newline;
            span(from, to, speaker).ifPresent(out::add);
            if (to == q.contentEnd()) {
                break;
            }
            from = to;
            while (from < q.contentEnd() && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            from += s.startsWith("\'\'", from) ? 2 : from < q.contentEnd() && isMark(s.charAt(from)) ? 1 : 0;
        }
        return out;
    }

    private static boolean isMark(char c) {
        return "\u201C\"\u00AB\u2018\u201E\u2039'".indexOf(c) >= 0;
    }

    private Optional<Statement> span(int from, int to, @Nullable String speaker) {
        int start = from;
        int end = to;
        String s = text.s;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return Optional.empty();
        }
        return Optional.of(new Statement(speaker, s.substring(start, end), Statement.Kind.DIRECT, start, end));
    }

    private int wordsIn(int open, int close) {
        int n = 0;
        for (int j = open; j <= close; j++) {
            if (tokens.get(j).word()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Labels and titles are not statements. Whether a short fragment is one depends on its attribution, decided in
     * {@link #find()}: inside attributed content it is the speaker's words, on its own it is a scare quote.
     */
    private boolean isStatement(int open, int close, int words) {
        boolean possessed = words <= SHORT_WORDS && open > 0 && tokens.get(open - 1).possessive();
        return words > 0 && !possessed && !isLabel(open) && !isTitle(open, close, words);
    }

    private boolean isLabel(int open) {
        for (int j = open - 1; j >= Math.max(0, open - 3); j--) {
            Token t = tokens.get(j);
            if (LABEL_VERBS.contains(t.key()) || LABEL_NOUNS.contains(t.key()) || t.is("as") && j > 0
                    && (tokens.get(j - 1).is("known") || tokens.get(j - 1).is("referred"))) {
                return true;
            }
            if (!(t.is("the") || t.is("a") || t.is("an") || t.is("his") || t.is("its") || t.is("their")
                    || t.is("her") || t.is("it") || t.is("them") || t.is("this"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A title or name in title case ({@code “Meet the Press”}, {@code “The Apprentice,”}, {@code ‘Little Marco’}):
     * every word capitalised but the short function words titles keep in lower case, at least two of them
     * capitalised, and no sentence break inside. Quotes in a title-case headline are left to the headline rule.
     */
    private boolean isTitle(int open, int close, int words) {
        if (words > TITLE_WORDS) {
            return false;
        }
        int last = close;
        while (last > open && !tokens.get(last).word()) {
            last--;
        }
        int capitalised = 0;
        for (int j = open; j <= last; j++) {
            Token t = tokens.get(j);
            if (t.word() && !Character.isDigit(t.text().charAt(0))) {
                if (!t.isCapitalised() && !Lexicon.TITLE_FUNCTION_WORDS.contains(t.key())) {
                    return false;
                }
                capitalised += t.isCapitalised() ? 1 : 0;
            } else if (j > open && (t.isPunct('.') || t.isPunct('?')) && j < last) {
                return false;
            }
        }
        return capitalised >= 2 && !text.inQuote(Math.max(0, open - 1)) && !headline(open);
    }

    private boolean headline(int open) {
        int p = text.paragraphOf[open];
        int j = open;
        while (j > 0 && text.paragraphOf[j - 1] == p) {
            j--;
        }
        int words = 0;
        int caps = 0;
        for (; j < tokens.size() && text.paragraphOf[j] == p; j++) {
            Token t = tokens.get(j);
            if (!text.inQuote(j) && t.word() && t.text().length() >= 4) {
                words++;
                caps += t.isCapitalised() ? 1 : 0;
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    private boolean endsForAttribution(QuoteSpan q) {
        int end = q.contentEnd();
        while (end > q.contentStart() && Character.isWhitespace(text.s.charAt(end - 1))) {
            end--;
        }
        return end > q.contentStart() && ",?!".indexOf(text.s.charAt(end - 1)) >= 0;
    }

    private boolean opensSentence(int open) {
        return open == text.sentenceBegin(text.sentenceOf[open]);
    }

    /** The first token of the paragraph. */
    private int paragraphStart(int paragraph) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.paragraphOf[mid] < paragraph) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean startsParagraph(int open) {
        return open == 0 || text.paragraphOf[open - 1] != text.paragraphOf[open];
    }

    /** {@code “…” — Putin} on a line of its own: the name after the dash. */
    private Optional<Mention> pullQuoteSpeaker(int close) {
        int j = close + 1;
        if (j >= tokens.size() || !isDash(tokens.get(j)) || text.paragraphOf[j] != text.paragraphOf[close]) {
            return Optional.empty();
        }
        int p = text.paragraphOf[j];
        int end = j + 1;
        while (end < tokens.size() && text.paragraphOf[end] == p) {
            end++;
        }
        if (end - j > 7) {
            return Optional.empty();
        }
        return attributor.firstFrom(j + 1, end);
    }

    static boolean isDash(Token t) {
        return t.isPunct('\u2014') || t.isPunct('\u2013') || t.isPunct('-') || t.isPunct('\u2015');
    }

    /** {@code ,” he said} or {@code ,” said Andriy Yermak, his chief of staff}. */
    private Optional<Source> after(int close, boolean strong) {
        int sentenceEnd = text.sentenceEnd(text.sentenceOf[close]);
        int words = 0;
        for (int v = close + 1; v < sentenceEnd && words <= FRAME_WORDS; v++) {
            Token t = tokens.get(v);
            int closing = t.isPunct('(') ? attributor.closingParenthesis(v, sentenceEnd) : -1;
            if (closing > 0) {
                // "…,” Harry Reid (D-Nev.) said: over the party and state.
                v = closing;
                continue;
            }
            if (text.inQuote(v) || t.isPunct('.')) {
                break;
            }
            if (t.isPunct(',') && v > close + 1 && (attributor.covering(v - 1) != null || isAppositiveStart(v + 1))) {
                // "…,” Okafor, who has led the port since 2019, told reporters: over the relative clause.
                int next = nextComma(v + 1, sentenceEnd);
                if (next > 0) {
                    v = next - 1;   // the loop steps onto that comma: appositives chain
                    continue;
                }
            }
            if (!attributor.isReporting(v) && !(strong && isVerbBesideName(v))) {
                if (ENDS_FRAME.contains(t.key()) && !(t.is("and") && attributor.joinsPeople(v))) {
                    break;
                }
                // A name counts as one word, however long: "Jeffrey Lewis of the James Martin Center … wrote".
                Mention named = attributor.covering(v);
                words += t.word() && (named == null || named.first() == v) ? 1 : 0;
                continue;
            }
            // "…,” Dmitry Peskov, the Kremlin spokesman, said: the name, not the organisation in its appositive.
            Optional<Mention> subject = attributor.subjectLeftOf(v, close + 1);
            if (subject.isEmpty()) {
                subject = attributor.lastBefore(close + 1, v);
            }
            if (subject.isEmpty()) {
                subject = attributor.nameAfter(v, sentenceEnd);
            }
            return subject.map(this::source);
        }
        return Optional.empty();
    }

    /**
     * {@code ,” Arianna Gil scoffed} or {@code ,” scoffed Arianna Gil}: after a quote that ends in a comma, a verb
     * in -ed right beside a name reports it, whether or not the word lists know the verb.
     */
    private boolean isVerbBesideName(int v) {
        Token t = tokens.get(v);
        if (!t.word() || t.isCapitalised() || !t.key().endsWith("ed") || attributor.covering(v) != null) {
            return false;
        }
        Mention before = attributor.endingAt(v - 1);
        Mention after = v + 1 < tokens.size() ? attributor.covering(v + 1) : null;
        return before != null && before.kind() != Mention.Kind.DESCRIPTION || after != null && after.isPersonLike();
    }

    private boolean isAppositiveStart(int j) {
        if (j >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(j);
        return t.is("who") || t.is("whose") || t.is("which") || t.is("the") || t.is("a") || t.is("an")
                || t.word() && (Lexicon.ROLES.contains(t.key()) || Lexicon.TITLES.contains(t.key()));
    }

    /**
     * The comma closing an appositive that starts at {@code from}, within an appositive's length, or -1. No appositive
     * starts with a reporting verb: "Briggs, a spokesman, said in Santa Monica, Calif."
     */
    private int nextComma(int from, int end) {
        for (int j = from; j < Math.min(end, from + APPOSITIVE_TOKENS); j++) {
            if (tokens.get(j).isPunct(',') && !text.inQuote(j)) {
                return j;
            }
            if (j == from && attributor.isReporting(j)) {
                return -1;
            }
        }
        return -1;
    }

    private Optional<Mention> subjectOfSentence(int floor, int open) {
        for (int j = attributor.mainClauseStart(floor, open); j < open; j++) {
            Mention m = attributor.covering(j);
            if (m != null && m.subject() && !text.inQuote(j)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code Putin told reporters: “…} or {@code As CNN noted, “…}: the subject of the last reporting verb. */
    private Optional<Source> before(int open) {
        int floor = text.sentenceBegin(text.sentenceOf[open]);
        int finite = -1;
        int participle = -1;
        for (int j = open - 1; j >= floor; j--) {
            if (text.inQuote(j)) {
                continue;
            }
            if (attributor.isFiniteReporting(j) && !attributor.isNegated(j)) {
                finite = j;
                break;
            }
            if (participle < 0 && attributor.isReporting(j)) {
                participle = j;
            }
        }
        int verb = finite >= 0 ? finite : participle;
        Optional<Mention> source = sourcePhrase(floor, open);
        if (source.isPresent()) {
            return source.map(this::source);
        }
        Mention labelled = open > floor + 1 && tokens.get(open - 1).isPunct(':') ? nameBeforeColon(open - 2, floor)
                : null;
        if (labelled != null && labelled.kind() != Mention.Kind.PRONOUN && labelled.subject()
                && !isObject(labelled)) {
            // "Pollsters agree - Carl Bialik: “…”": the name the colon introduces, not the one a verb addresses.
            return Optional.of(source(labelled));
        }
        if (verb < 0 && open > floor && tokens.get(open - 1).isPunct(':')) {
            // "Ilse Brandt … read out a statement: “…": the subject of the sentence introduces the quote.
            return subjectOfSentence(floor, open).map(this::source);
        }
        if (verb < 0) {
            return Optional.empty();
        }
        // "Said Comey, “…”": the name after a verb that opens its clause; after "Trump told The Post" it is the
        // one addressed.
        boolean inverted = verb == finite && (verb == floor || !tokens.get(verb - 1).word());
        // "Netanyahu rallied supporters by warning that “…”": a participle shares the subject of its sentence.
        boolean participial = verb != finite;
        if (participial && verb > floor && tokens.get(verb - 1).isPunct(',')) {
            // "Trump attacked Clinton over Iraq and Libya, saying, “…”": not the noun before the comma.
            Optional<Mention> subject = subjectOfSentence(floor, verb);
            if (subject.isPresent()) {
                return subject.map(this::source);
            }
        }
        return attributor.subjectLeftOf(verb, floor)
                .or(() -> inverted ? attributor.nameAfter(verb, open) : Optional.empty())
                .or(() -> participial ? subjectOfSentence(floor, verb) : Optional.empty())
                .map(this::source);
    }

    /** {@code According to Paul Sperry of Counter Jihad, “…”}: the source a prepositional phrase names. */
    private Optional<Mention> sourcePhrase(int floor, int open) {
        for (int j = floor; j + 1 < open; j++) {
            if (tokens.get(j).is("according") && tokens.get(j + 1).is("to") && !text.inQuote(j)) {
                return attributor.nameAfter(j + 1, open);
            }
        }
        return Optional.empty();
    }

    /** The mention ending right before a colon at {@code last}, past a parenthesis ({@code Gowdy (R-S.C.):}). */
    private @Nullable Mention nameBeforeColon(int last, int floor) {
        int j = last;
        if (tokens.get(j).isPunct(')')) {
            j = attributor.openingParenthesis(j, floor) - 1;
        }
        return j >= floor ? attributor.endingAt(j) : null;
    }

    /** A mention right after a reporting verb or {@code to}: whom it addresses ({@code told Fox News:}). */
    private boolean isObject(Mention m) {
        int before = m.phraseFirst() - 1;
        return before >= 0 && (attributor.isReporting(before) || tokens.get(before).is("to"));
    }

    /** The source a mention gives: the speaker it names, absent when it names no one. */
    private Source source(Mention m) {
        return new Source(attributor.speakerOf(m));
    }
}
