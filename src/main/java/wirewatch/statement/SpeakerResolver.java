package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves mentions in one article to canonical speakers. The first full mention of a person names them; a surname,
 * a title ({@code President Trump}), a description tied to the name ({@code the Kremlin spokesperson}) or with a
 * matching role ({@code the Russian leader}), and a pronoun ({@code he}: the subject of the nearest earlier sentence
 * that fits) refer back to it. Organisations and states name themselves. The alias table is consulted first for
 * names and is extended with what this article teaches ({@link #learned()}).
 */
final class SpeakerResolver {
    private enum Gender { UNKNOWN, MALE, FEMALE }

    private static final class Person {
        final String canonical;
        final String lastKey;
        final String firstKey;
        final Set<String> roles = new java.util.HashSet<>();
        final Set<String> titleWords = new java.util.HashSet<>();
        String nation = "";
        Gender gender = Gender.UNKNOWN;
        /** Named outside a headline; a headline's capitalised words may have glued a word onto the name. */
        boolean inBody;

        Person(String canonical) {
            this.canonical = canonical;
            String[] parts = Aliases.key(canonical).split(" ");
            this.lastKey = parts[parts.length - 1];
            this.firstKey = parts[0];
        }
    }

    /** A resolved reference at a token: what pronouns look back over. */
    private record Reference(int token, Person person, boolean subject) {
    }

    private final Text text;
    private final List<Mention> mentions;
    private final Aliases aliases;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Person> byCanonical = new HashMap<>();
    private final Map<Mention, String> resolved = new HashMap<>();
    private final Map<String, String> local = new LinkedHashMap<>();
    private final Map<String, String> learned = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    private final MentionFinder finder;

    SpeakerResolver(Text text, MentionFinder finder, Aliases aliases) {
        this.text = text;
        this.finder = finder;
        this.mentions = finder.mentions();
        this.aliases = aliases;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.PERSON) {
                person(m);
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.SINGLE_NAME) {
                single(m);
            }
        }
        for (String[] apposition : finder.appositions) {
            Optional<Person> p = findByName(apposition[1]);
            p.ifPresent(person -> remember(apposition[0], person, apposition[0].contains(" ")));
        }
        references.sort((a, b) -> Integer.compare(a.token, b.token));
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.DESCRIPTION) {
                description(m).ifPresent(p -> {
                    resolved.put(m, p.canonical);
                    references.add(new Reference(m.first(), p, m.subject()));
                });
            }
        }
        references.sort((a, b) -> Integer.compare(a.token, b.token));
    }

    boolean[] headlines() {
        return finder.headlineParagraphs();
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** Aliases this article taught: surnames, titled names and descriptions tied to a name. */
    Map<String, String> learned() {
        return learned;
    }

    /** The canonical speaker a mention refers to, if it can be told. */
    Optional<String> speaker(Mention m) {
        switch (m.kind()) {
            case PRONOUN:
                return pronoun(m);
            case ORGANISATION:
                return Optional.of(aliases.canonical(m.name()).orElse(m.name()));
            case STATE:
                return Optional.of(aliases.canonical(m.name()).orElse(m.name()));
            case COLLECTIVE:
                return Optional.empty();
            default:
                return Optional.ofNullable(resolved.get(m));
        }
    }

    /** Records that the person spoke at a token, so a later pronoun can refer to them. */
    void noteSpeaker(int token, @Nullable String canonical) {
        Person p = byCanonical.get(canonical);
        if (p == null) {
            return;
        }
        int at = 0;
        while (at < references.size() && references.get(at).token <= token) {
            at++;
        }
        references.add(at, new Reference(token, p, true));
    }

    private void person(Mention m) {
        String name = m.name();
        Person p = aliases.canonical(name).map(this::personNamed).orElse(null);
        if (p == null) {
            p = findByName(name).orElse(null);
        }
        if (p == null) {
            String[] parts = Aliases.key(name).split(" ");
            p = aliases.pinnedCanonical(parts[parts.length - 1]).or(() -> aliases.spelledLike(name))
                    .map(this::personNamed).orElse(null);
        }
        if (p == null) {
            p = personNamed(name);
        }
        adopt(m, p);
        remember(name, p, true);
        String[] parts = name.split(" ");
        remember(parts[parts.length - 1], p, true);
        String title = titleBefore(m);
        p.titleWords.addAll(java.util.Arrays.asList(title.split(" ")));
        if (!title.isEmpty()) {
            remember(title, p, title.contains(" "));
            remember(title + " " + name, p, true);
        }
    }

    private void single(Mention m) {
        String key = Aliases.key(m.name());
        Person p = null;
        for (Person candidate : people) {
            if ((candidate.lastKey.equals(key) || Aliases.sameSpelling(candidate.lastKey, key))
                    && (p == null || !p.inBody && candidate.inBody)) {
                p = candidate;
            }
        }
        if (p == null) {
            p = local.containsKey(key) ? byCanonical.get(local.get(key)) : null;
        }
        if (p == null) {
            p = aliases.canonical(key).or(() -> aliases.spelledLike(key)).map(this::personNamed).orElse(null);
        }
        if (p == null && (speaksNext(m) && looksLikeName(m) || isTitled(m) || isNamedSource(m))) {
            p = personNamed(m.name());
        }
        if (p != null) {
            adopt(m, p);
            String title = titleBefore(m);
            if (!title.isEmpty()) {
                remember(title, p, false);
            }
        }
    }

    private void adopt(Mention m, Person p) {
        resolved.put(m, p.canonical);
        p.inBody |= !finder.isTitle(text.paragraphOf[m.first()]);
        p.roles.addAll(m.roles());
        if (p.nation.isEmpty()) {
            p.nation = m.nation();
        }
        if (p.gender == Gender.UNKNOWN) {
            p.gender = genderOf(m);
        }
        references.add(new Reference(m.first(), p, m.subject()));
    }

    private Person personNamed(String canonical) {
        return byCanonical.computeIfAbsent(canonical, c -> {
            Person p = new Person(c);
            people.add(p);
            return p;
        });
    }

    private Optional<Person> findByName(String name) {
        String[] parts = Aliases.key(name).split(" ");
        String last = parts[parts.length - 1];
        for (Person p : people) {
            if ((p.lastKey.equals(last) || Aliases.sameSpelling(p.lastKey, last))
                    && (parts.length == 1 || p.firstKey.equals(parts[0]) || p.firstKey.equals(p.lastKey))) {
                return Optional.of(p);
            }
        }
        String known = local.get(Aliases.key(name));
        return Optional.ofNullable(known == null ? null : byCanonical.get(known));
    }

    private void remember(String alias, Person p, boolean acrossArticles) {
        String k = Aliases.key(alias);
        if (k.isEmpty()) {
            return;
        }
        local.putIfAbsent(k, p.canonical);
        if (acrossArticles && !k.equals(Aliases.key(p.canonical))) {
            learned.putIfAbsent(k, p.canonical);
        }
    }

    /** The title words right before a name, lower-cased: {@code russian president}, {@code kremlin spokesperson}. */
    private String titleBefore(Mention m) {
        List<Token> tokens = text.tokens;
        List<String> words = new ArrayList<>();
        for (int j = m.first() - 1; j >= Math.max(0, m.first() - 5); j--) {
            Token t = tokens.get(j);
            String k = t.key();
            boolean titled = Lexicon.TITLES.contains(k) || Lexicon.ROLES.contains(k)
                    || Lexicon.ORGANISATIONS.contains(k) || Lexicon.NATIONALITY.containsKey(k);
            if (!t.word() || !titled && !(t.is("of") && !words.isEmpty()) || text.inQuote(j)) {
                break;
            }
            words.add(0, t.text().toLowerCase(Locale.ROOT));
        }
        while (!words.isEmpty() && !Lexicon.ROLES.contains(Lexicon.key(words.get(words.size() - 1)))
                && !Lexicon.TITLES.contains(Lexicon.key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private Optional<Person> description(Mention m) {
        String k = Aliases.key(m.name());
        String known = local.get(k);
        if (known != null) {
            return Optional.ofNullable(byCanonical.get(known));
        }
        Optional<String> global = aliases.canonical(k);
        if (global.isPresent()) {
            return Optional.of(personNamed(global.get()));
        }
        // The best fitting person by role and title words, the latest mentioned before the description on a tie.
        Person best = null;
        int bestScore = 0;
        Person latest = null;
        for (Reference r : references) {
            if (r.token >= m.first() && best != null) {
                break;
            }
            if (r.token < m.first()) {
                latest = r.person;
            }
            int score = fit(r.person, m);
            if (score > 0 && score >= bestScore) {
                best = r.person;
                bestScore = score;
            }
        }
        // "The president told a press conference …" after only "Varga" was named: the person in view.
        if (best == null && latest != null && latest.roles.isEmpty()) {
            best = latest;
        }
        return Optional.ofNullable(best);
    }

    private int fit(Person p, Mention description) {
        if (!fits(p, description)) {
            return 0;
        }
        int score = 1;
        for (String word : Aliases.key(description.name()).split(" ")) {
            if (p.titleWords.contains(word) || p.roles.contains(word)) {
                score++;
            }
        }
        return score;
    }

    private static boolean fits(Person p, Mention description) {
        if (!description.nation().isEmpty() && !p.nation.isEmpty() && !p.nation.equals(description.nation())) {
            return false;
        }
        for (String role : description.roles()) {
            Set<String> accepted = Lexicon.ROLE_SYNONYMS.getOrDefault(role, Set.of(role));
            for (String r : p.roles) {
                if (accepted.contains(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<String> pronoun(Mention m) {
        String k = m.name();
        if (k.equals("they") || k.equals("it")) {
            return group(m);
        }
        Gender wanted = k.equals("she") ? Gender.FEMALE : Gender.MALE;
        int sentence = text.sentenceOf[m.first()];
        for (int s = sentence; s >= Math.max(0, sentence - 6); s--) {
            Reference pick = null;
            for (Reference r : references) {
                if (r.token >= m.first()) {
                    break;
                }
                if (text.sentenceOf[r.token] == s && r.subject && fits(r.person.gender, wanted)) {
                    pick = r;
                    break;
                }
            }
            if (pick != null) {
                if (pick.person.gender == Gender.UNKNOWN) {
                    pick.person.gender = wanted;
                }
                return Optional.of(pick.person.canonical);
            }
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            Reference r = references.get(i);
            if (r.token < m.first() && fits(r.person.gender, wanted)) {
                return Optional.of(r.person.canonical);
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Gender actual, Gender wanted) {
        return actual == Gender.UNKNOWN || actual == wanted;
    }

    private Optional<String> group(Mention m) {
        int sentence = text.sentenceOf[m.first()];
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention o = mentions.get(i);
            if (o.first() >= m.first()) {
                continue;
            }
            if (text.sentenceOf[o.first()] < sentence - 2) {
                break;
            }
            boolean org = o.kind() == Mention.Kind.ORGANISATION || o.kind() == Mention.Kind.STATE
                    || o.kind() == Mention.Kind.COLLECTIVE && m.name().equals("they");
            if (org && o.subject()) {
                return speaker(o);
            }
        }
        return Optional.empty();
    }

    private Gender genderOf(Mention m) {
        String first = Aliases.key(m.name()).split(" ")[0];
        if (Lexicon.FEMALE_NAMES.contains(first)) {
            return Gender.FEMALE;
        }
        for (int j = m.phraseFirst(); j < m.first(); j++) {
            String k = text.tokens.get(j).key();
            if (Lexicon.FEMALE_TITLES.contains(k)) {
                return Gender.FEMALE;
            }
            if (Lexicon.MALE_TITLES.contains(k)) {
                return Gender.MALE;
            }
        }
        if (m.first() > 0) {
            String k = text.tokens.get(m.first() - 1).key();
            if (Lexicon.FEMALE_TITLES.contains(k)) {
                return Gender.FEMALE;
            }
            if (Lexicon.MALE_TITLES.contains(k)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private boolean speaksNext(Mention m) {
        int j = m.last() + 1;
        List<Token> tokens = text.tokens;
        while (j < tokens.size() && !Lexicon.REPORTING.contains(tokens.get(j).key())
                && (Lexicon.ADVERBIALS.contains(tokens.get(j).key()) || tokens.get(j).isPunct(','))
                && j - m.last() < 6) {
            j++;
        }
        return j < tokens.size() && Lexicon.REPORTING.contains(tokens.get(j).key());
    }

    /** {@code Mr Hollander}, {@code General Lasko}: a title makes a single word a person's name. */
    private boolean isTitled(Mention m) {
        if (!m.roles().isEmpty()) {
            return true;
        }
        for (int j = Math.max(0, m.first() - 2); j < m.first(); j++) {
            String k = text.tokens.get(j).key();
            if (Lexicon.MALE_TITLES.contains(k) || Lexicon.FEMALE_TITLES.contains(k) || k.equals("dr")
                    || k.equals("dr.")) {
                return true;
            }
        }
        return false;
    }

    /** A name introduced as a source: a pull quote's {@code — Hollander}, {@code per Hollander}. */
    private boolean isNamedSource(Mention m) {
        if (m.first() == 0) {
            return false;
        }
        Token before = text.tokens.get(m.first() - 1);
        boolean endsLine = m.last() + 1 >= text.tokens.size()
                || text.paragraphOf[m.last() + 1] != text.paragraphOf[m.last()];
        return DirectQuotes.isDash(before) && endsLine || before.is("per")
                || before.is("to") && m.first() >= 2 && text.tokens.get(m.first() - 2).is("according");
    }

    private boolean looksLikeName(Mention m) {
        String k = Aliases.key(m.name());
        boolean sentenceStart = m.first() == text.sentenceBegin(text.sentenceOf[m.first()]);
        return !(sentenceStart && (k.endsWith("s") || k.endsWith("ly") || k.endsWith("ing") || k.endsWith("ed")));
    }
}
