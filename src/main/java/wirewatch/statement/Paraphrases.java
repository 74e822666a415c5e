package wirewatch.statement;

import java.util.List;
import java.util.Set;

/**
 * Reporting-language equivalents: words that outlets, translators and sub-editors swap when they render one remark
 * ({@code sanctions}/{@code penalties}, {@code truce}/{@code ceasefire}, {@code agree}/{@code accept}), and the
 * function words a comparison of two quotes ignores. Generic news vocabulary, not any one story's. Each class is
 * written as plain words; {@link QuoteAnalyzer} stems them the way it stems quotes.
 */
final class Paraphrases {
    private Paraphrases() {
    }

    /** Classes of interchangeable words; the first word names the class. */
    static final List<String> CLASSES = List.of(
            // stopping the fighting
            "ceasefire truce armistice cessation pause halt stop cease suspend suspension moratorium",
            "fighting hostilities combat violence clashes bloodshed",
            "war conflict crisis",
            "peace peaceful",
            // agreement and refusal
            "support back backing endorse endorsement favour favor welcome",
            "agree accept approve consent",
            "reject refuse resist decline oppose dismiss rebuff spurn",
            "deal agreement pact settlement treaty",
            "proposal propose plan idea initiative offer proposition",
            "condition conditions requirement precondition demand",
            // talks
            "talk talks negotiate negotiation discuss discussion conversation dialogue consult",
            "phone call telephone",
            "inform information briefed briefing notify update details detailed",
            // pressure
            "sanction sanctions penalty penalties repercussion repercussions punish punishment tariff tariffs embargo",
            "threat threaten warn warning",
            "impose slap levy",
            // time and degree
            "lasting durable enduring permanent long sustainable",
            "temporary brief short fleeting interim",
            "new additional further fresh extra",
            "quickly rapidly swiftly soon fast",
            "begin start launch",
            // causes and remedies
            "cause causes reason reasons trigger triggers origin source",
            "root underlying fundamental",
            "eliminate remove address resolve tackle",
            // oversight: watching a deal is watching for its breaches
            "monitor monitoring verify verification supervise supervision control oversee oversight observe "
                    + "inspect inspection enforce compliance violation violations violate breach breaches infringe "
                    + "infringement",
            // military
            "weapon weapons arms arm rearm rearmament munitions ammunition",
            "troops forces soldiers units army military",
            "withdraw withdrawal retreat",
            "surrender capitulate capitulation",
            "encircle encircled surround surrounded besiege besieged",
            // places named for their states
            "america american washington",
            "russia russian moscow kremlin",
            "ukraine ukrainian kyiv kiev",
            "china chinese beijing",
            "britain british london",
            "france french paris",
            "germany german berlin",
            "israel israeli jerusalem",
            "iran iranian tehran");

    /**
     * Words that carry no remark of their own: pronouns, modals, auxiliaries, particles, hedges and reporting
     * verbs. Lucene's
     * English stop words are dropped as well.
     */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "its",
            "they", "them", "their", "who", "whom", "whose", "which", "what", "where", "when", "why", "how",
            "whether", "would", "could", "should", "must", "can", "may", "might", "shall", "do", "does", "did",
            "done", "have", "has", "had", "having", "been", "being", "am", "were", "also", "very", "so", "just",
            "only", "some", "any", "all", "here", "now", "than", "rather", "more", "most", "much", "many", "about",
            "after", "before", "over", "up", "out", "from", "said", "say", "says", "saying", "told", "tell",
            "think", "believe", "nothing", "certainly", "itself", "maybe", "perhaps", "need", "needs", "needed",
            "one", "way", "fact", "even", "still", "while", "because", "those", "down", "off", "away",
            // hedges: "possible breaches" and "potential violations" are the same breaches
            "possible", "possibly", "potential", "potentially", "likely", "necessary");
}
