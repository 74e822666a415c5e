package wirewatch.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns quotations into direct statements and attributes them. Skipped as not statements: single quoted words,
 * labels ({@code what he calls the “root causes”}, {@code the Kremlin’s “cautious optimism”}), titles in title case,
 * and short phrases with no reporting verb before them (scare quotes). Attribution looks after the quote
 * ({@code ,” he said}, {@code ,” said Andriy Yermak}, {@code ” — Putin}), then before it ({@code Putin said:
 * “…}), then at the quote before it in the paragraph (a split quote), then at the last speaker nearby.
 */
final class DirectQuotes {
    private static final Set<String> LABEL_VERBS = Set.of("calls", "called", "call", "calling", "dubbed", "dubs",
            "so-called", "termed", "terms", "labelled", "labeled", "branded", "nicknamed", "titled", "entitled");
    private static final int SHORT_WORDS = 4;

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
        String previousSpeaker = null;
        int previousParagraph = -1;
        int previousSentence = -1;
        boolean previousEndedParagraph = false;
        for (QuoteSpan q : text.quotes) {
            int open = text.tokenAt(q.open());
            int close = text.tokenAt(q.close()) - 1;
            if (open >= tokens.size() || close < open) {
                continue;
            }
            int words = wordsIn(open, close);
            Optional<Mention> pull = pullQuoteSpeaker(close);
            if (pull.isEmpty() && !isStatement(q, open, close, words)) {
                continue;
            }
            int paragraph = text.paragraphOf[open];
            Optional<String> speaker = pull.map(attributor::speakerOf);
            if (speaker.isEmpty()) {
                speaker = after(close).or(() -> before(open));
            }
            boolean continues = previousSpeaker != null && (paragraph == previousParagraph
                    || paragraph == previousParagraph + 1 && previousEndedParagraph && startsParagraph(open)
                    || text.sentenceOf[open] - previousSentence <= 2);
            if (speaker.isEmpty() && continues) {
                speaker = Optional.of(previousSpeaker);
            }
            String who = speaker.orElse(null);
            attributor.resolver().noteSpeaker(open, who);
            out.add(statement(q, who));
            previousSpeaker = who;
            previousParagraph = text.paragraphOf[close];
            previousSentence = text.sentenceOf[close];
            previousEndedParagraph = close + 1 >= tokens.size() || text.paragraphOf[close + 1] != paragraph;
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
        String speaker = attributor.speakerOf(who.get());
        attributor.resolver().noteSpeaker(first, speaker);
        return Optional.of(new Statement(speaker, text.s.substring(start, stop), Statement.Kind.DIRECT, start, stop));
    }

    private Statement statement(QuoteSpan q, @Nullable String speaker) {
        int start = q.contentStart();
        int end = q.contentEnd();
        String s = text.s;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String quote = s.substring(start, end);
        if (q.paragraphs() > 1) {
            quote = quote.replaceAll("\\s*\\n\\s*[\u201C\"\u00AB\u2018\u201E]?", " ");
        }
        return new Statement(speaker, quote, Statement.Kind.DIRECT, start, end);
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

    private boolean isStatement(QuoteSpan q, int open, int close, int words) {
        if (words < 2) {
            return false;
        }
        if (isLabel(open) || words <= SHORT_WORDS && open > 0 && tokens.get(open - 1).possessive()) {
            return false;
        }
        if (isTitle(open, close, words)) {
            return false;
        }
        return words > SHORT_WORDS || hasReportingBefore(open) || after(close).isPresent();
    }

    private boolean isLabel(int open) {
        for (int j = open - 1; j >= Math.max(0, open - 3); j--) {
            Token t = tokens.get(j);
            if (LABEL_VERBS.contains(t.key()) || t.is("as") && j > 0
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

    private boolean isTitle(int open, int close, int words) {
        if (words > 8) {
            return false;
        }
        int capitalised = 0;
        int long4 = 0;
        for (int j = open; j <= close; j++) {
            Token t = tokens.get(j);
            if (t.word() && t.text().length() >= 4) {
                long4++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
            if (t.isPunct('.') || t.isPunct('?') || t.isPunct('!') || t.isPunct(',')) {
                return false;
            }
        }
        return long4 >= 2 && capitalised == long4 && !text.inQuote(Math.max(0, open - 1)) && !headline(open);
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

    private boolean hasReportingBefore(int open) {
        int floor = text.sentenceBegin(text.sentenceOf[open]);
        for (int j = open - 1; j >= floor; j--) {
            if (attributor.isReporting(j) || tokens.get(j).isPunct(':') && j == open - 1) {
                return true;
            }
        }
        return false;
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
    private Optional<String> after(int close) {
        int sentenceEnd = text.sentenceEnd(text.sentenceOf[close]);
        int limit = Math.min(sentenceEnd, close + 12);
        for (int v = close + 1; v < limit; v++) {
            if (text.inQuote(v) || tokens.get(v).isPunct('.')) {
                break;
            }
            if (!attributor.isReporting(v)) {
                if (!isAttributionFiller(v)) {
                    break;
                }
                continue;
            }
            if (v - close > 9) {
                break;
            }
            // "…,” Dmitry Peskov, the Kremlin spokesman, said: the name, not the organisation in its appositive.
            Optional<Mention> subject = attributor.subjectLeftOf(v, close + 1);
            if (subject.isEmpty()) {
                subject = attributor.lastBefore(close + 1, v);
            }
            if (subject.isEmpty()) {
                subject = attributor.firstFrom(v + 1, Math.min(limit, v + 7));
            }
            return subject.map(attributor::speakerOf);
        }
        return Optional.empty();
    }

    private Optional<Mention> subjectOfSentence(int floor, int open) {
        for (int j = floor; j < open; j++) {
            Mention m = attributor.covering(j);
            if (m != null && m.subject() && !text.inQuote(j)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Words that may stand between a closing mark and its reporting verb: the speaker's name and title. */
    private boolean isAttributionFiller(int j) {
        Token t = tokens.get(j);
        String k = t.key();
        return !t.word() || attributor.covering(j) != null || Lexicon.TITLES.contains(k) || Lexicon.ROLES.contains(k)
                || Lexicon.NATIONALITY.containsKey(k) || k.equals("the") || k.equals("a") || k.equals("an")
                || k.equals("also") || k.equals("later") || k.equals("then") || k.equals("has") || k.equals("had");
    }

    /** {@code Putin told reporters: “…} or {@code As CNN noted, “…}: the subject of the last reporting verb. */
    private Optional<String> before(int open) {
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
        if (verb < 0 && open > floor && tokens.get(open - 1).isPunct(':')) {
            // "Ilse Brandt … read out a statement: “…": the subject of the sentence introduces the quote.
            return subjectOfSentence(floor, open).map(attributor::speakerOf);
        }
        if (verb < 0) {
            return Optional.empty();
        }
        return attributor.subjectLeftOf(verb, floor).map(attributor::speakerOf);
    }
}
