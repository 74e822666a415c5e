package wirewatch.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the mentions of possible speakers in a text, outside quotations: capitalised names (titles stripped),
 * organisations and states, descriptions headed by a role noun, pronouns and collective sources. Also records the
 * descriptions a text ties to a name ({@code The Kremlin spokesperson, Dmitry Peskov,}) as aliases.
 */
final class MentionFinder {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> GEO = Set.of("east", "west", "sea", "region", "oblast", "street", "square",
            "river", "island", "islands", "gulf", "ocean", "valley", "city", "province", "district", "county",
            "coast", "bay", "lake", "airport", "palace", "hall", "centre", "center", "mountains", "bridge");

    /** The most words a first paragraph may have to be taken for the article's title. */
    private static final int TITLE_WORDS = 12;

    private final Text text;
    private final List<Token> tokens;
    private final List<Mention> out = new ArrayList<>();
    /** Description → the name it was tied to in this text, lower-case keys. */
    final List<String[]> appositions = new ArrayList<>();
    private final boolean[] headline;
    private final boolean titleLine;

    boolean[] headlineParagraphs() {
        return headline;
    }

    /** Whether the paragraph is a headline or the title line that opens the text. */
    boolean isTitle(int paragraph) {
        return headline[paragraph] || paragraph == 0 && titleLine;
    }

    private MentionFinder(Text text) {
        this.text = text;
        this.tokens = text.tokens;
        this.headline = findHeadlines();
        this.titleLine = isTitleLine();
    }

    static MentionFinder run(Text text) {
        MentionFinder finder = new MentionFinder(text);
        finder.scan();
        return finder;
    }

    List<Mention> mentions() {
        return out;
    }

    private void scan() {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            if (text.inQuote(i) || !t.word()) {
                i++;
                continue;
            }
            if (t.isCapitalised() && startsName(i) && !Lexicon.COLLECTIVE.contains(t.key())) {
                int end = runEnd(i);
                name(i, end);
                i = end;
                continue;
            }
            String k = t.key();
            if (Lexicon.COLLECTIVE.contains(k) && !t.possessive()) {
                collective(i);
            } else if ((k.equals("he") || k.equals("she") || k.equals("they")
                    || k.equals("it") && nextIsReportingVerb(i + 1)) && !t.possessive()) {
                out.add(new Mention(Mention.Kind.PRONOUN, i, i, i, k, Set.of(), "", isSubject(i, i)));
            } else if (DETERMINERS.contains(k) || t.possessive()) {
                description(i);
            }
            i++;
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    }

    private boolean startsName(int i) {
        String k = tokens.get(i).key();
        return !Lexicon.NOT_NAMES.contains(k) && !Lexicon.NUMBERS.contains(k) || Lexicon.TITLES.contains(k);
    }

    private int runEnd(int i) {
        int n = tokens.size();
        int j = i + 1;
        if (headline[text.paragraphOf[i]]) {
            return j;
        }
        while (j < n && !text.inQuote(j) && text.paragraphOf[j] == text.paragraphOf[j - 1]) {
            Token prev = tokens.get(j - 1);
            Token t = tokens.get(j);
            if (prev.possessive() && !(Lexicon.STATES.containsKey(prev.key()) && Lexicon.TITLES.contains(t.key()))) {
                break;
            }
            if (t.isCapitalised() && (!Lexicon.NOT_NAMES.contains(t.key()) || isNameTail(j))) {
                j++;
            } else if ((t.isPunct('[') || t.isPunct(']')) && j + 1 < n && tokens.get(j + 1).word()) {
                j++;
            } else if (t.is("of") && j + 1 < n && tokens.get(j + 1).isCapitalised()
                    && Lexicon.TITLES.contains(prev.key())) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** {@code Judicial Watch}, {@code Getty Images}: a furniture word that ends a name after a capitalised word. */
    private boolean isNameTail(int j) {
        Token prev = tokens.get(j - 1);
        return Lexicon.NAME_TAILS.contains(tokens.get(j).key()) && prev.word() && prev.isCapitalised()
                && !prev.possessive() && !Lexicon.NOT_NAMES.contains(prev.key());
    }

    /** Classifies the capitalised run [a, b). */
    private void name(int a, int b) {
        int k = a;
        Set<String> roles = new HashSet<>();
        String nation = "";
        int orgEnd = organisationPrefix(k, b);
        if (orgEnd > 0) {
            addOrganisation(a, k, orgEnd);
            if (orgEnd < b) {
                int org = out.size() - 1;
                name(orgEnd, b);
                modifierOf(org);
            }
            return;
        }
        while (k < b) {
            Token t = tokens.get(k);
            String key = t.key();
            boolean statePrefix = t.possessive() && Lexicon.STATES.containsKey(key) && k + 1 < b;
            if (!t.word()) {
                k++;
            } else if (statePrefix || Lexicon.TITLES.contains(key) || Lexicon.NATIONALITY.containsKey(key)
                    || Lexicon.NOT_NAMES.contains(key) && k + 1 < b) {
                if (Lexicon.ROLES.contains(key)) {
                    roles.add(key);
                }
                if (Lexicon.NATIONALITY.containsKey(key)) {
                    nation = Lexicon.NATIONALITY.get(key);
                } else if (statePrefix) {
                    nation = Lexicon.STATES.get(key);
                }
                k++;
            } else {
                break;
            }
        }
        int end = b;
        while (end > k && (Lexicon.NOT_NAMES.contains(tokens.get(end - 1).key()) && !isNameTail(end - 1)
                || !tokens.get(end - 1).word())) {
            end--;
        }
        // "Marovian President Elena Varga": an adjective the lists do not know still sits before a title.
        for (int j = end - 2; j >= k; j--) {
            String key = tokens.get(j).key();
            if (Lexicon.ROLES.contains(key) || Lexicon.TITLES.contains(key) && !Lexicon.NATIONALITY.containsKey(key)
                    && !Lexicon.STATES.containsKey(key)) {
                for (int r = k; r <= j; r++) {
                    if (Lexicon.ROLES.contains(tokens.get(r).key())) {
                        roles.add(tokens.get(r).key());
                    }
                }
                k = j + 1;
                break;
            }
        }
        int first = a;
        String prefixNation = titlePrefix(a, roles);
        if (nation.isEmpty()) {
            nation = prefixNation;
        }
        int phraseFirst = phraseStart(a);
        if (k >= end) {
            if (!roles.isEmpty()) {
                String desc = descriptionName(a, b - 1);
                out.add(new Mention(Mention.Kind.DESCRIPTION, phraseFirst, a, b - 1, desc, roles, nation,
                        isSubject(phraseFirst, b - 1)));
            }
            return;
        }
        String key = keyOf(k, end);
        if (Lexicon.STATES.containsKey(key)) {
            out.add(new Mention(Mention.Kind.STATE, k, k, end - 1, Lexicon.STATES.get(key), Set.of(), "",
                    isSubject(k, end - 1)));
            return;
        }
        for (int j = k; j < end; j++) {
            // A place word alone may be a surname ("West said"); in a longer run it names a place.
            if (GEO.contains(tokens.get(j).key()) && end - k > 1 || Lexicon.STATES.containsKey(tokens.get(j).key())) {
                if (end - j > 2) {
                    // "Maricopa County Recorder Helen Purcell": the place qualifies the person after it.
                    name(j + 1, b);
                }
                return;
            }
        }
        String surface = surface(k, end);
        Mention.Kind kind = end - k >= 2 ? Mention.Kind.PERSON : Mention.Kind.SINGLE_NAME;
        out.add(new Mention(kind, Math.min(phraseFirst, first), k, end - 1, surface, roles, nation,
                isSubject(phraseFirst, end - 1)));
    }

    /**
     * "Senate Majority Leader Mitch McConnell": an organisation in front of a titled person is the person's
     * employer, a modifier; the person heads the phrase and is the one who can be its subject.
     */
    private void modifierOf(int org) {
        if (out.size() != org + 2 || !out.get(org + 1).isPersonLike()) {
            return;
        }
        Mention o = out.get(org);
        Mention p = out.get(org + 1);
        out.set(org, new Mention(o.kind(), o.phraseFirst(), o.first(), o.last(), o.name(), o.roles(), o.nation(),
                false));
        out.set(org + 1, new Mention(p.kind(), o.phraseFirst(), p.first(), p.last(), p.name(), p.roles(),
                p.nation(), o.subject()));
    }

    /** End of the longest prefix of [k, b) naming a known organisation or state, or 0. */
    private int organisationPrefix(int k, int b) {
        for (int end = b; end > k; end--) {
            String key = keyOf(k, end);
            Token last = tokens.get(end - 1);
            if (Lexicon.ORGANISATIONS.contains(key)
                    || end - k >= 2 && Lexicon.ORGANISATION_SUFFIXES.contains(last.key())
                    && !Lexicon.TITLES.contains(tokens.get(k).key())) {
                return end;
            }
            if (Lexicon.STATES.containsKey(key) && end < b && !Lexicon.TITLES.contains(tokens.get(end).key())) {
                return end;
            }
        }
        return 0;
    }

    private void addOrganisation(int a, int k, int end) {
        String key = keyOf(k, end);
        if (Lexicon.STATES.containsKey(key)) {
            out.add(new Mention(Mention.Kind.STATE, k, k, end - 1, Lexicon.STATES.get(key), Set.of(), "",
                    isSubject(k, end - 1)));
        } else {
            out.add(new Mention(Mention.Kind.ORGANISATION, k, k, end - 1, surface(k, end), Set.of(), "",
                    isSubject(k, end - 1)));
        }
    }

    /** Collects lower-case title words right before a name ({@code spokesman Dmitry Peskov}); returns a nation. */
    private String titlePrefix(int a, Set<String> roles) {
        String nation = "";
        for (int j = a - 1; j >= Math.max(0, a - 4); j--) {
            Token t = tokens.get(j);
            if (!t.word() || text.inQuote(j) || DETERMINERS.contains(t.key())) {
                break;
            }
            if (!(Lexicon.TITLES.contains(t.key()) || Lexicon.ROLES.contains(t.key())
                    || Lexicon.ORGANISATIONS.contains(t.key()) || t.is("of") || t.isCapitalised())) {
                break;
            }
            if (Lexicon.ROLES.contains(t.key())) {
                roles.add(t.key());
            }
            if (Lexicon.NATIONALITY.containsKey(t.key())) {
                nation = Lexicon.NATIONALITY.get(t.key());
            }
        }
        return nation;
    }

    private int phraseStart(int a) {
        int j = a;
        while (j > 0 && a - j < 4) {
            Token t = tokens.get(j - 1);
            if (!t.word() || text.inQuote(j - 1) || t.isCapitalised() || DETERMINERS.contains(t.key())
                    || !(Lexicon.TITLES.contains(t.key()) || Lexicon.ROLES.contains(t.key()))
                    || t.is("of") && j == a) {
                // "chairman of Gamma Apparel": a name right after "of" is the employer, not a titled person.
                break;
            }
            j--;
        }
        return j;
    }

    private void collective(int i) {
        int j = i;
        while (j > 0 && i - j < 2) {
            Token t = tokens.get(j - 1);
            String k = t.key();
            if (!t.word() || text.inQuote(j - 1) || DETERMINERS.contains(k) || Lexicon.NOT_NAMES.contains(k)
                    && !Lexicon.NATIONALITY.containsKey(k) || Lexicon.PREPOSITIONS.contains(k) || t.possessive()
                    || k.endsWith("ed") || Lexicon.REPORTING.contains(k)) {
                break;
            }
            j--;
        }
        StringBuilder name = new StringBuilder();
        for (int k = j; k <= i; k++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
        }
        out.add(new Mention(Mention.Kind.COLLECTIVE, j, j, i, name.toString(), Set.of(), "", isSubject(j, i)));
    }

    /** A determiner followed within five words by a role noun: {@code the Kremlin spokesperson}. */
    private void description(int d) {
        int n = tokens.size();
        for (int h = d + 1; h < Math.min(n, d + 6); h++) {
            Token t = tokens.get(h);
            if (!t.word() || text.inQuote(h)) {
                return;
            }
            String k = t.key();
            if (Lexicon.ROLES.contains(k) && !k.equals("foreign")) {
                int head = h;
                if (head + 2 < n && tokens.get(head + 1).is("of") && tokens.get(head + 2).word()
                        && Lexicon.TITLES.contains(tokens.get(head + 2).key())) {
                    head += 2;
                }
                if (t.possessive() || head + 1 < n && tokens.get(head + 1).isCapitalised()
                        && !Lexicon.NOT_NAMES.contains(tokens.get(head + 1).key())) {
                    return;
                }
                addDescription(d, head);
                return;
            }
            if (Lexicon.NOT_NAMES.contains(k) && !Lexicon.NATIONALITY.containsKey(k) && !k.equals("u.s.")
                    || Lexicon.PREPOSITIONS.contains(k) || Lexicon.REPORTING.contains(k) || t.possessive()) {
                return;
            }
        }
    }

    private void addDescription(int d, int head) {
        Set<String> roles = new HashSet<>();
        String nation = "";
        for (int j = d + 1; j <= head; j++) {
            String k = tokens.get(j).key();
            if (Lexicon.ROLES.contains(k)) {
                roles.add(k);
            }
            if (Lexicon.NATIONALITY.containsKey(k)) {
                nation = Lexicon.NATIONALITY.get(k);
            }
        }
        String name = descriptionName(d + 1, head);
        Token det = tokens.get(d);
        if (det.possessive()) {
            name = det.key() + "'s " + name;
        }
        // Apposition: "Yuri Ushakov, a Russian presidential aide," or "The Kremlin spokesperson, Dmitry Peskov,".
        Mention before = d >= 2 && tokens.get(d - 1).isPunct(',') ? endingAt(d - 2) : null;
        if (before != null && before.isPersonLike()) {
            appositions.add(new String[] {name, before.name()});
            return;
        }
        if (head + 2 < tokens.size() && tokens.get(head + 1).isPunct(',') && tokens.get(head + 2).isCapitalised()) {
            int end = runEnd(head + 2);
            if (end - (head + 2) >= 2) {
                appositions.add(new String[] {name, surface(head + 2, end)});
            }
        }
        out.add(new Mention(Mention.Kind.DESCRIPTION, d, d + 1, head, name, roles, nation, isSubject(d, head)));
    }

    private Mention endingAt(int token) {
        for (int k = out.size() - 1; k >= 0 && k >= out.size() - 3; k--) {
            if (out.get(k).last() == token) {
                return out.get(k);
            }
        }
        return null;
    }

    private String descriptionName(int from, int head) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j <= head; j++) {
            Token t = tokens.get(j);
            if (!t.word() || j == from && DETERMINERS.contains(t.key())) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.key());
        }
        return b.toString();
    }

    /** False after a preposition ({@code with Putin}) or for a possessive ({@code Putin’s}). */
    private boolean isSubject(int first, int last) {
        if (tokens.get(last).possessive() || Lexicon.PREPOSITIONS.contains(tokens.get(first).key())) {
            return false;
        }
        int j = first - 1;
        while (j >= 0 && tokens.get(j).word() && DETERMINERS.contains(tokens.get(j).key())) {
            j--;
        }
        if (j >= 1 && tokens.get(j).isPunct(',') && isPlace(endingAt(j - 1)) && last + 1 < tokens.size()
                && tokens.get(last + 1).isPunct(',')) {
            // "in Ames, Iowa, on Sunday": the state after a town is part of the place.
            return false;
        }
        if (j < 0 || !tokens.get(j).word()) {
            return true;
        }
        String k = tokens.get(j).key();
        if (k.equals("with") && last + 1 < tokens.size()
                && Lexicon.REPORTING_ING.contains(tokens.get(last + 1).key())) {
            return true;
        }
        if (Lexicon.CONJUNCTIONS.contains(k) && nextIsReportingVerb(last + 1)) {
            // "after Trump told The Post …": "after" opens a clause here, and the name is its subject.
            return true;
        }
        return !Lexicon.PREPOSITIONS.contains(k);
    }

    /** A name after a preposition of place ({@code in Ames}), or null. */
    private boolean isPlace(Mention m) {
        return m != null && !m.subject() && m.phraseFirst() > 0
                && Lexicon.PLACE_PREPOSITIONS.contains(tokens.get(m.phraseFirst() - 1).key());
    }

    private boolean nextIsReportingVerb(int j) {
        while (j < tokens.size() && !Lexicon.REPORTING.contains(tokens.get(j).key())
                && Lexicon.ADVERBIALS.contains(tokens.get(j).key())) {
            j++;
        }
        return j < tokens.size() && Lexicon.REPORTING.contains(tokens.get(j).key());
    }

    private String keyOf(int a, int b) {
        StringBuilder s = new StringBuilder();
        for (int j = a; j < b; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                continue;
            }
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(t.key());
        }
        return s.toString();
    }

    /** The words of [a, b) as written, brackets and a final possessive dropped. */
    String surface(int a, int b) {
        StringBuilder s = new StringBuilder();
        for (int j = a; j < b; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                continue;
            }
            String w = t.text();
            if (t.possessive()) {
                w = w.substring(0, w.length() - (w.endsWith("s'") || w.endsWith("s\u2019") ? 1 : 2));
            }
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(w);
        }
        return s.toString();
    }

    /** True when the paragraph ending at token {@code last} ends with a full stop, closing marks aside. */
    private boolean endsSentence(int last) {
        // A line of names may end inside a quotation: …Donald Trump "for his attention."
        for (int j = last; j >= 0 && !tokens.get(j).word() && last - j < 4; j--) {
            if (tokens.get(j).isPunct('.') || tokens.get(j).isPunct('?') || tokens.get(j).isPunct('!')) {
                return true;
            }
        }
        return false;
    }

    /** Title-case lines (headlines): capitalised words there do not build names. */
    /** A first paragraph of a few words with no quotation, before the body: the title, in any case. */
    private boolean isTitleLine() {
        if (tokens.isEmpty() || text.paragraphOf[tokens.size() - 1] == 0) {
            return false;
        }
        int words = 0;
        for (int i = 0; i < tokens.size() && text.paragraphOf[i] == 0; i++) {
            if (text.inQuote(i)) {
                return false;
            }
            words += tokens.get(i).word() ? 1 : 0;
        }
        return words <= TITLE_WORDS;
    }

    private boolean[] findHeadlines() {
        int paragraphs = tokens.isEmpty() ? 0 : text.paragraphOf[tokens.size() - 1] + 1;
        int[] words = new int[paragraphs];
        int[] capitalised = new int[paragraphs];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word() && t.text().length() >= 4 && !text.inQuote(i)) {
                words[text.paragraphOf[i]]++;
                if (t.isCapitalised()) {
                    capitalised[text.paragraphOf[i]]++;
                }
            }
        }
        boolean[] endsWithStop = new boolean[paragraphs];
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 1 == tokens.size() || text.paragraphOf[i + 1] != text.paragraphOf[i]) {
                endsWithStop[text.paragraphOf[i]] = endsSentence(i);
            }
        }
        boolean[] out = new boolean[paragraphs];
        for (int p = 0; p < paragraphs; p++) {
            // A headline in title case; a sentence of names ends with a full stop.
            out[p] = words[p] >= 3 && capitalised[p] * 10 >= words[p] * 7 && !endsWithStop[p];
        }
        return out;
    }
}
