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
            if (m.kind() == Mention.Kind.SINGLE_NAME && resolver.speaker(m).isEmpty()) {
                continue;
            }
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
     * The speaker a mention names: its canonical name, or its own words when it cannot be resolved; absent for a
     * pronoun that cannot be resolved.
     */
    @Nullable String speakerOf(Mention m) {
        return resolver.speaker(m).orElseGet(() -> m.kind() == Mention.Kind.PRONOUN ? null : m.name());
    }

    /** The subject of the reporting verb at {@code verb}, searching no further left than {@code floor}. */
    Optional<Mention> subjectLeftOf(int verb, int floor) {
        int skipped = 0;
        int j = verb - 1;
        while (j >= floor && skipped < 14) {
            if (text.inQuote(j)) {
                return Optional.empty();
            }
            Mention m = endingAt[j];
            if (m != null) {
                if (m.subject() && !afterReportingVerb(m)) {
                    return Optional.of(m);
                }
                j = m.phraseFirst() - 1;
                skipped++;
                continue;
            }
            Token t = tokens.get(j);
            if (t.isPunct(',')) {
                Optional<Mention> appositive = appositive(j, floor);
                if (appositive.isPresent()) {
                    return appositive;
                }
            } else if (t.is("that") || t.isPunct(';') || t.isPunct(':') || t.isPunct('(') || t.isPunct(')')) {
                return Optional.empty();
            }
            j--;
            skipped++;
        }
        return Optional.empty();
    }

    /** {@code NAME, an appositive,} ending at the comma {@code close}: the person inside, else the name before. */
    private Optional<Mention> appositive(int close, int floor) {
        for (int c = close - 1; c >= Math.max(floor, close - 24); c--) {
            if (text.inQuote(c)) {
                return Optional.empty();
            }
            if (tokens.get(c).isPunct(',')) {
                for (int k = c + 1; k < close; k++) {
                    Mention inside = endingAt[k];
                    if (inside != null && inside.isPersonLike() && inside.phraseFirst() > c) {
                        return Optional.of(inside);
                    }
                }
                Mention before = c > 0 ? endingAt[c - 1] : null;
                if (before != null && before.subject() && before.kind() != Mention.Kind.PRONOUN) {
                    return Optional.of(before);
                }
                return Optional.empty();
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
