package wirewatch.statement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the extraction rules read: reporting verbs, titles, roles, organisations, places and the
 * small words that shape an English news sentence. Lower-case entries; look words up with {@link #key(String)}.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** Finite reporting verbs: the word that turns a subject into a speaker. */
    private static final Set<String> WRITTEN_REPORTING = words(
            "say", "says", "said", "stated", "declare", "declares", "declared",
            "tell", "tells", "told", "add", "adds", "added", "note", "notes", "noted", "stress", "stresses",
            "stressed", "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "warn", "warns",
            "warned", "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
            "confirm", "confirms", "confirmed", "deny", "denies", "denied", "reveal", "reveals", "revealed",
            "predict", "predicts", "predicted", "announce", "announces", "announced", "acknowledge",
            "acknowledged", "admit", "admits", "admitted", "question", "questions", "questioned", "ask", "asks",
            "asked", "demand", "demands", "demanded", "threaten", "threatens", "threatened", "urge", "urges",
            "urged", "write", "writes", "wrote", "explain", "explains", "explained", "conclude", "concluded",
            "describe", "describes", "described", "dismiss", "dismisses", "dismissed", "promise", "promised",
            "vow", "vows", "vowed", "pledge", "pledges", "pledged", "report", "reports", "reported", "agree", "agreed",
            "complain", "complained", "accuse", "accused", "recall", "recalled", "suggest", "suggested",
            "reply", "replied", "respond", "responded", "answer", "answered", "observe", "observed",
            "maintain", "maintained", "assert", "asserted", "contend", "contended", "allege", "alleged",
            "believe", "believes", "believed", "estimate", "estimated", "assure", "assured", "remind",
            "reminded", "inform", "informed", "comment", "commented", "declares", "repeated", "reiterated",
            "thank", "thanks", "thanked", "expressed", "raised", "hinted", "pointed", "called", "insists",
            "echoed", "announced", "posted", "tweeted", "recounted", "signalled", "signaled");

    /** Participles that report speech in a trailing clause: {@code , saying that ...}. */
    private static final Set<String> WRITTEN_REPORTING_ING = words(
            "saying", "stating", "telling", "adding", "noting", "stressing", "emphasizing", "emphasising",
            "warning", "insisting", "arguing", "claiming", "confirming", "denying", "revealing", "predicting",
            "announcing", "acknowledging", "admitting", "questioning", "asking", "demanding", "threatening",
            "urging", "writing", "explaining", "describing", "dismissing", "promising", "vowing", "reporting",
            "calling", "speaking", "declaring", "suggesting", "expressing", "repeating", "reiterating");

    /**
     * Reporting verbs learned from an annotated corpus ({@code wirewatch bench cues DIR} writes the list): the cue
     * words annotators marked often enough, and rarely used otherwise. They extend the written lists.
     */
    private static final Set<String> LEARNED = learned();

    /** Finite reporting verbs: the word that turns a subject into a speaker. */
    static final Set<String> REPORTING = union(WRITTEN_REPORTING, LEARNED, false);

    /** Participles that report speech in a trailing clause: {@code , saying that ...}. */
    static final Set<String> REPORTING_ING = union(WRITTEN_REPORTING_ING, LEARNED, true);

    /** Verbs whose first complement is the person addressed: {@code told reporters that ...}. */
    static final Set<String> ADDRESSING = words("tell", "tells", "told", "telling", "inform", "informed",
            "assure", "assured", "remind", "reminded", "urge", "urges", "urged", "urging", "ask", "asks",
            "asked", "asking", "warn", "warned", "warning", "thank", "thanks", "thanked");

    /** Reporting verbs too weak to carry indirect speech on their own; they only attribute quotations. */
    static final Set<String> ATTRIBUTION_ONLY = words("thank", "thanks", "thanked", "speaking", "posted",
            "tweeted", "comment", "commented", "echoed", "recounted", "calling", "called",
            // Belief is not speech: "Trump's circle believes that …" reports no speech act.
            "believe", "believes", "believed", "believing",
            // Verbs of judging report a person or a thing, not a clause: "accused Clinton of …".
            "accuse", "accuses", "accused", "accusing", "dismiss", "dismisses", "dismissed", "dismissing",
            "describe", "describes", "described", "describing", "portray", "portrays", "portrayed", "praise",
            "praised", "blame", "blamed", "criticize", "criticized", "criticise", "criticised", "condemn",
            "condemned");

    /** Verb + particle pairs whose complement follows the particle: {@code hinted at}, {@code pointed to}. */
    static final Map<String, Set<String>> PHRASAL = Map.of(
            "hinted", Set.of("at"), "pointed", Set.of("to"), "called", Set.of("on", "for"),
            "calling", Set.of("on", "for"), "raised", Set.of("concerns", "concern", "doubts", "fears"),
            "expressed", Set.of("support", "optimism", "concern", "concerns", "hope", "doubt", "doubts",
                    "confidence", "regret", "frustration", "scepticism", "skepticism", "cautious"),
            "expressing", Set.of("support", "optimism", "concern", "concerns", "hope", "doubt", "doubts",
                    "confidence", "regret", "frustration", "scepticism", "skepticism", "cautious"));

    /** Words that start a wh-clause a reporting verb can take. */
    static final Set<String> WH = words("whether", "how", "what", "why", "if", "who", "where", "which");


    /** Plural sources with no name: a statement by them is attributed to the phrase itself. */
    static final Set<String> COLLECTIVE = words("analysts", "critics", "officials", "observers", "experts",
            "insiders", "diplomats", "sources", "lawmakers", "commentators", "economists", "investors",
            "witnesses", "residents", "activists", "aides", "advisers", "advisors", "negotiators", "allies",
            "leaders", "politicians", "ministers", "officers", "commanders", "scholars", "historians",
            "researchers", "scientists", "campaigners", "opponents", "supporters", "spokespeople", "people",
            "bloggers", "strategists", "delegates", "envoys", "legislators");

    /** Role nouns: the head of a description such as {@code the Kremlin spokesman}. */
    static final Set<String> ROLES = words("president", "leader", "spokesman", "spokeswoman", "spokesperson",
            "minister", "secretary", "envoy", "aide", "adviser", "advisor", "senator", "lawmaker", "chief",
            "ambassador", "general", "chancellor", "premier", "analyst", "founder", "diplomat", "governor",
            "mayor", "commander", "official", "negotiator", "representative", "director", "head", "chairman",
            "chairwoman", "chair", "ceo", "king", "queen", "prince", "pope", "prosecutor", "judge", "counterpart",
            "deputy", "lawyer", "economist", "expert", "professor", "researcher", "editor", "correspondent",
            "strategist", "mp", "congressman", "congresswoman", "speaker", "emir", "sheikh", "commissioner",
            "mediator", "negotiator", "officer", "colonel", "admiral", "captain", "marshal", "foreign");

    /** Role nouns that refer to the same office in descriptions: a president is also the leader. */
    static final Map<String, Set<String>> ROLE_SYNONYMS = Map.of(
            "leader", Set.of("president", "premier", "chancellor", "leader", "king", "emir"),
            "spokesman", Set.of("spokesman", "spokeswoman", "spokesperson"),
            "spokeswoman", Set.of("spokesman", "spokeswoman", "spokesperson"),
            "spokesperson", Set.of("spokesman", "spokeswoman", "spokesperson"),
            "adviser", Set.of("adviser", "advisor", "aide"),
            "aide", Set.of("adviser", "advisor", "aide"));

    /** Words of a title in front of a name: stripped to reach the person's name. */
    static final Set<String> TITLES = words("president", "vice", "prime", "minister", "foreign", "defense",
            "defence", "secretary", "treasury", "state", "spokesman", "spokeswoman", "spokesperson", "general",
            "gen.", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "chancellor",
            "premier", "envoy", "special", "ambassador", "chief", "staff", "of", "deputy", "mr.", "mrs.", "ms.",
            "dr.", "mr", "mrs", "ms", "dr", "prof.", "professor", "king", "queen", "prince", "princess",
            "pope", "sheikh", "emir", "lt.", "col.", "colonel", "admiral", "adm.", "commander", "chairman",
            "chairwoman", "ceo", "director", "judge", "justice", "attorney", "former", "now-president",
            "leader", "adviser", "advisor", "aide", "lawmaker", "senior", "top", "interior", "finance",
            "economy", "health", "home", "security", "national", "sir", "dame", "lord", "lady", "field",
            "marshal", "house", "speaker", "opposition", "army", "navy", "commissioner", "high", "supreme",
            "presidential", "kremlin", "white", "economic", "trade", "energy", "then-president",
            "then", "acting", "interim", "incoming", "outgoing", "elect", "president-elect", "press", "us",
            "u.s.", "uk", "u.k.", "eu", "un", "nato", "russian", "ukrainian", "american", "french", "german",
            "british", "chinese", "belarusian", "israeli", "iranian", "polish", "italian", "spanish", "indian",
            "japanese", "turkish", "saudi", "european", "hungarian", "dutch", "canadian", "australian",
            "danish", "swedish", "finnish", "norwegian", "czech", "romanian", "georgian", "syrian", "qatari",
            "egyptian", "palestinian", "lebanese", "korean", "brazilian", "mexican", "south", "north",
            "africa", "african", "affairs", "policy", "communications", "intelligence", "military", "russia's",
            "ukraine's", "america's", "britain's", "france's", "germany's", "china's", "mr", "minister's",
            "counterpart", "envoy's", "rep", "congressman", "congresswoman", "mp", "lieutenant", "sergeant",
            "captain", "major", "officer", "chair", "head", "founder", "co-founder", "editor", "rev.", "reverend",
            "del.", "delegate", "msgr.", "fr.", "atty.", "supt.", "cpl.", "cmdr.", "hon.", "amb.", "sgt.", "capt.",
            "maj.");

    /** Nationality adjectives, with the country a speaker like {@code a Russian claim} maps to. */
    static final Map<String, String> NATIONALITY = Map.ofEntries(
            Map.entry("russian", "Russia"), Map.entry("ukrainian", "Ukraine"), Map.entry("american", "US"),
            Map.entry("us", "US"), Map.entry("u.s.", "US"), Map.entry("french", "France"),
            Map.entry("german", "Germany"), Map.entry("british", "UK"), Map.entry("uk", "UK"),
            Map.entry("chinese", "China"), Map.entry("belarusian", "Belarus"), Map.entry("israeli", "Israel"),
            Map.entry("iranian", "Iran"), Map.entry("polish", "Poland"), Map.entry("italian", "Italy"),
            Map.entry("turkish", "Turkey"), Map.entry("saudi", "Saudi Arabia"), Map.entry("european", "EU"),
            Map.entry("eu", "EU"), Map.entry("hungarian", "Hungary"), Map.entry("indian", "India"),
            Map.entry("japanese", "Japan"), Map.entry("canadian", "Canada"), Map.entry("spanish", "Spain"));

    /** Organisations that speak: news agencies, governments by their seat, alliances. */
    static final Set<String> ORGANISATIONS = words("kremlin", "white house", "pentagon", "nato", "cnn", "bbc",
            "reuters", "ap", "afp", "interfax", "tass", "ria novosti", "politico", "cnbc", "nbc", "abc", "cbs",
            "fox news", "the guardian", "guardian", "new york times", "washington post", "wall street journal",
            "bloomberg", "eu", "european union", "european commission", "un", "united nations", "congress",
            "senate", "state department", "foreign ministry", "defence ministry", "defense ministry",
            "downing street", "elysee", "élysée", "hamas", "hezbollah", "opec", "imf", "world bank", "who",
            "g7", "g20", "kyiv independent", "truth social", "telegram", "x", "twitter", "facebook",
            "instagram", "rbc-ukraine", "united24", "al jazeera", "sky news", "le monde", "der spiegel",
            "financial times", "economist", "the economist", "associated press", "nbc news", "cbs news",
            "abc news", "tsn", "ukrinform", "kommersant", "izvestia", "bild", "axios", "euronews", "dw",
            "verkhovna rada", "duma", "state duma", "federation council", "security council", "rada");

    /** Suffixes that make a capitalised name an organisation. */
    static final Set<String> ORGANISATION_SUFFIXES = words("ministry", "council", "party", "agency",
            "office", "department", "bank", "times", "news", "post", "committee", "commission", "union",
            "army", "forces", "parliament", "senate", "court", "service", "institute", "university",
            "company", "inc", "inc.", "corp", "corp.", "group", "team", "journal", "network", "foundation",
            "alliance", "association", "organisation", "organization", "federation", "guard", "navy",
            "command", "tribune", "herald", "telegraph", "independent", "review", "daily", "gazette",
            "television", "tv", "radio", "press", "staff", "administration", "government", "cabinet",
            "embassy", "house", "fund", "programme", "program", "statement", "force", "brigade", "battalion");

    /** Countries and the capitals that stand for their governments; they may be speakers. */
    static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("russia", "Russia"), Map.entry("moscow", "Russia"), Map.entry("ukraine", "Ukraine"),
            Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"), Map.entry("us", "US"),
            Map.entry("u.s.", "US"), Map.entry("united states", "US"), Map.entry("america", "US"),
            Map.entry("washington", "US"), Map.entry("china", "China"), Map.entry("beijing", "China"),
            Map.entry("india", "India"), Map.entry("brazil", "Brazil"), Map.entry("south africa", "South Africa"),
            Map.entry("france", "France"), Map.entry("paris", "France"), Map.entry("germany", "Germany"),
            Map.entry("berlin", "Germany"), Map.entry("uk", "UK"), Map.entry("u.k.", "UK"),
            Map.entry("britain", "UK"), Map.entry("united kingdom", "UK"), Map.entry("london", "UK"),
            Map.entry("belarus", "Belarus"), Map.entry("minsk", "Belarus"), Map.entry("israel", "Israel"),
            Map.entry("iran", "Iran"), Map.entry("tehran", "Iran"), Map.entry("poland", "Poland"),
            Map.entry("warsaw", "Poland"), Map.entry("turkey", "Turkey"), Map.entry("ankara", "Turkey"),
            Map.entry("saudi arabia", "Saudi Arabia"), Map.entry("riyadh", "Saudi Arabia"),
            Map.entry("europe", "Europe"), Map.entry("brussels", "EU"), Map.entry("hungary", "Hungary"),
            Map.entry("budapest", "Hungary"), Map.entry("japan", "Japan"), Map.entry("tokyo", "Japan"),
            Map.entry("canada", "Canada"), Map.entry("ottawa", "Canada"), Map.entry("italy", "Italy"),
            Map.entry("rome", "Italy"), Map.entry("spain", "Spain"), Map.entry("madrid", "Spain"),
            Map.entry("qatar", "Qatar"), Map.entry("doha", "Qatar"), Map.entry("egypt", "Egypt"),
            Map.entry("cairo", "Egypt"), Map.entry("syria", "Syria"), Map.entry("damascus", "Syria"),
            Map.entry("north korea", "North Korea"), Map.entry("pyongyang", "North Korea"),
            Map.entry("south korea", "South Korea"), Map.entry("seoul", "South Korea"));

    /** Capitalised words that are never part of a name: sentence openers, days, months, places. */
    static final Set<String> NOT_NAMES = words("the", "a", "an", "on", "in", "at", "as", "but", "and", "or",
            "if", "when", "while", "after", "before", "since", "despite", "yet", "however", "meanwhile", "still",
            "earlier", "later", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
            "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "for", "with", "without",
            "from", "to", "of", "by", "about", "over", "under", "during", "instead", "other", "some", "many",
            "most", "no", "not", "all", "any", "both", "each", "every", "few", "more", "so", "then", "now",
            "also", "just", "only", "even", "because", "although", "though", "until", "unless", "whether",
            "what", "who", "which", "where", "why", "how", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
            "dec.", "referring", "asked", "speaking", "according", "adding", "in", "among", "between", "against",
            "into", "through", "throughout", "within", "upon", "per", "via", "amid", "following", "ahead",
            "last", "next", "first", "second", "third", "one", "two", "three", "new", "former", "several",
            "such", "another", "much", "once", "again", "together", "almost", "already", "further", "thus",
            "indeed", "perhaps", "maybe", "instead", "likewise", "overall", "today", "yesterday", "tomorrow",
            "tonight", "updated", "update", "read", "more", "related", "advertisement", "photo", "image",
            "watch", "live", "breaking", "exclusive", "analysis", "opinion", "comment", "editor's", "note",
            "reporting", "additional", "contributed", "copyright", "credit", "source", "sources", "getty",
            "images", "file", "pictured", "above", "below", "left", "right", "top", "bottom", "says", "said",
            "agrees", "needs", "thanks", "sees", "questions", "wants", "warns", "calls", "backs", "rejects",
            "vows", "urges", "tells", "denies", "slams", "hails", "expects", "insists", "demands", "admits",
            "mr", "mrs", "ms", "dr", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
            "can", "could", "should", "must", "might", "do", "does", "did", "let", "let's", "we'll", "it's",
            "western", "eastern", "northern", "southern", "humanitarian", "military", "other", "russians",
            "ukrainians", "americans", "europeans", "europe's", "nato's", "ceasefire", "truce", "peace", "war");

    /** Page-furniture words that also end the names of organisations: {@code Human Rights Watch}. */
    static final Set<String> NAME_TAILS = words("watch", "live", "images", "analysis", "opinion");

    /** Verbs of saying proper: what follows them is the clause said, never a plain object. */
    static final Set<String> SAYING = words("say", "says", "said", "saying", "tell", "tells", "told", "telling");

    /** Words that open a noun phrase naming no one in particular: {@code the ministry}, {@code two aides}. */
    static final Set<String> DETERMINERS = words("the", "a", "an", "two", "three", "four", "several", "some",
            "many", "most", "other", "another", "one");

    /** Number words that open a count of unnamed sources: {@code six in 10 voters}, {@code dozens of aides}. */
    static final Set<String> NUMBERS = words("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "dozen", "dozens", "hundreds", "thousands", "half", "all", "few", "both");

    /** Words that blur a count: {@code about four in 10}, {@code nearly half}. */
    static final Set<String> APPROXIMATORS = words("about", "nearly", "almost", "roughly", "around", "over",
            "some", "only", "just");

    /** Verbs that, before {@code to}, deny the speech act that follows: {@code declined to say}. */
    static final Set<String> DECLINING = words("decline", "declines", "declined", "declining", "refuse", "refuses",
            "refused", "refusing", "fail", "fails", "failed", "failing");

    /** Pronouns that open a clause as its subject. */
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "it", "we", "i", "you", "there");

    /** Auxiliaries and modals: the finite verbs a clause can be recognised by without a tagger. */
    static final Set<String> AUXILIARIES = words("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "do", "does", "did", "shall", "won't", "am");

    /** Words a title-case name keeps in lower case: {@code Meet the Press}, {@code Eye of the Tiger}. */
    static final Set<String> TITLE_FUNCTION_WORDS = words("the", "a", "an", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "from", "by", "de", "la", "le", "del", "von", "van");

    static final Set<String> PREPOSITIONS = words("of", "to", "from", "with", "for", "by", "in", "at", "on",
            "about", "between", "against", "into", "toward", "towards", "among", "over", "under", "after",
            "before", "than", "like", "without", "upon", "via", "through", "behind", "beyond", "near", "across",
            "around", "alongside", "besides", "despite", "during", "including", "per", "unlike", "amid");

    /** Prepositions that place what follows: a name after them, and the region after its comma, is a place. */
    static final Set<String> PLACE_PREPOSITIONS = words("in", "at", "from", "near", "outside", "across");

    /** Prepositions that also open a clause, whose subject may follow them ({@code after Trump said}). */
    static final Set<String> CONJUNCTIONS = words("after", "before", "since", "until", "like");

    /** Words that open a clause in front of the main one ({@code When told Perez was there, Bush said}). */
    static final Set<String> SUBORDINATORS = words("when", "whenever", "if", "as", "after", "before", "while",
            "although", "though", "because", "since", "once", "until", "unless", "whether");

    /** Words skipped between a subject and its verb, or a verb and its complement: time, aspect, manner. */
    static final Set<String> ADVERBIALS = words("also", "has", "have", "had", "previously", "repeatedly",
            "long", "later", "earlier", "then", "meanwhile", "reportedly", "publicly", "again", "already",
            "only", "just", "recently", "once", "separately", "frequently", "often", "famously", "further",
            "consistently", "on", "late", "this", "last", "week", "year", "month", "morning", "afternoon",
            "evening", "night", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "openly", "privately", "bluntly", "firmly",
            "flatly", "clearly", "explicitly", "herself", "himself", "themselves", "itself", "personally",
            "immediately", "quickly", "swiftly", "now", "first", "initially", "subsequently", "finally",
            "in", "a", "an", "the", "statement", "interview", "address", "video", "post", "televised", "speech",
            "written", "separate", "brief", "briefing", "conference", "news", "press", "its", "his", "her",
            "their", "told", "is", "was", "were", "are", "will", "would", "has", "had", "been", "being", "did",
            "does", "do", "not", "never", "but", "or", "and", "early", "mid", "day", "days", "weeks", "ago",
            "tuesday's", "wednesday's", "thursday's");

    /** Common abbreviations after which a full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov",
            "lt", "col", "adm", "sgt", "capt", "maj", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "mt",
            "ft", "approx", "dept", "est", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "rev", "del", "msgr",
            "fr", "atty", "supt", "cpl", "cmdr", "hon", "amb");

    /** First names common enough to tell he from she; a missing name fits either pronoun. */
    static final Set<String> FEMALE_NAMES = words("anna", "maria", "olena", "ursula", "kaja", "kamala",
            "hillary", "angela", "giorgia", "marine", "theresa", "liz", "kristi", "karoline", "nancy",
            "elizabeth", "mary", "sarah", "emma", "olga", "irina", "yulia", "julia", "natalia", "svetlana",
            "maria", "tatiana", "elena", "victoria", "christine", "annalena", "roberta", "antonia", "sophie",
            "claire", "laura", "linda", "susan", "karen", "lisa", "jennifer", "michelle", "jill", "melania",
            "tulsi", "pam", "kristen", "kate", "catherine", "helen", "margaret", "ruth", "nadia", "oksana",
            "iryna", "yuliia", "daria", "lucy", "amy", "rachel", "hannah", "ellen", "mette", "sanna", "petra");
    static final Set<String> FEMALE_TITLES = words("mrs", "mrs.", "ms", "ms.", "madam", "dame", "lady",
            "queen", "princess", "spokeswoman", "chairwoman", "congresswoman");
    static final Set<String> MALE_TITLES = words("mr", "mr.", "sir", "lord", "king", "prince", "spokesman",
            "chairman", "congressman");

    private static Set<String> union(Set<String> written, Set<String> learned, boolean participles) {
        Set<String> all = new java.util.HashSet<>(written);
        for (String w : learned) {
            if (w.endsWith("ing") == participles) {
                all.add(w);
            }
        }
        return Set.copyOf(all);
    }

    private static Set<String> learned() {
        String name = "cue-verbs.txt";
        try (java.io.InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks wirewatch/statement/" + name);
            }
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read wirewatch/statement/" + name, e);
        }
    }

    private static Set<String> words(String... list) {
        return Set.copyOf(Arrays.asList(list));
    }

    /** Lower-cases and folds the typographic apostrophe, the form every list above uses. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
