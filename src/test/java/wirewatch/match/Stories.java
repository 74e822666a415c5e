package wirewatch.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import wirewatch.feed.Article;

/**
 * Wire stories written for these tests: a ceasefire, a trade summit, an election, a football match and a long
 * live blog.
 */
final class Stories {
    private Stories() {
    }

    static final String CEASEFIRE_BODY = """
            KYIV, March 13 - The Kremlin said on Thursday it would study a U.S. proposal for a 30-day ceasefire \
            in Ukraine, but warned that any pause in the fighting must address what it called the root causes \
            of the conflict.
            "We need to look at the text carefully before we say anything," Kremlin spokesman Dmitry Peskov told \
            reporters in Moscow. "There are many questions."
            Ukrainian President Volodymyr Zelenský said his government had accepted the plan in principle and \
            urged Moscow to do the same. "The ball is now in Russia's court," he said in his nightly address.
            U.S. envoy Steve Witkoff is expected to travel to Moscow later this week. Secretary of State Marco \
            Rubio said Washington hoped for an answer within days, adding that ceasefires in the past had \
            collapsed because neither side trusted the monitoring arrangements.
            European leaders welcomed the proposal. The French foreign ministry said talks on a monitoring \
            mission would begin in Paris next week.""";

    static final String CEASE_FIRE_BODY = """
            MOSCOW (Agency) - Russia's foreign ministry on Friday described the proposed cease-fire as \
            "premature", saying the Kremlin had not received written guarantees. Officials in Kyiv said they \
            were still waiting for a formal reply.""";

    static final String SUMMIT_BODY = """
            BRUSSELS, June 4 - European Union trade ministers meeting in Brussels agreed on Wednesday to delay \
            retaliatory tariffs on American steel by ninety days, buying time for negotiators ahead of the \
            summit in Washington.
            "We prefer a deal to a trade war, but our patience is not unlimited," said Maroš Šefčovič, the EU \
            trade commissioner. Germany and Italy had pushed for the delay; France argued for a firmer line.
            Steelmakers in the Ruhr warned that tariffs of 25 percent would cost thousands of jobs.""";

    static final String ELECTION_BODY = """
            WARSAW, May 19 - Turnout in Poland's presidential election reached 67 percent by early evening, the \
            electoral commission said, the highest in a first round since 1995.
            Exit polls showed the liberal mayor of Warsaw narrowly ahead of his conservative rival, setting up a \
            run-off on June 1. "Tonight Poland has chosen hope," the mayor told supporters in the capital.""";

    static final String FOOTBALL_BODY = """
            MANCHESTER - Supporters observed a minute's silence before the football match on Saturday, and the \
            club's captain called for a ceasefire in the Middle East in a short speech on the pitch. The home \
            side won 2-1 with a late header.""";

    static Article ceasefire() {
        return article("reuters-1", "reuters-world", "Kremlin to study U.S. truce proposal", CEASEFIRE_BODY,
                List.of("Anna Kowalska"));
    }

    static Article ceaseFire() {
        return article("ap-7", "ap-top", "Moscow calls truce plan premature", CEASE_FIRE_BODY, List.of());
    }

    static Article summit() {
        return article("dw-3", "dw-business", "EU delays steel tariffs before Washington summit", SUMMIT_BODY,
                List.of("Jens Bauer", "Léa Moreau"));
    }

    static Article election() {
        return article("bbc-9", "bbc-europe", "Poland votes in tight presidential race", ELECTION_BODY, List.of());
    }

    static Article football() {
        return article("guardian-5", "guardian-sport", "Captain's plea overshadows derby win", FOOTBALL_BODY,
                List.of());
    }

    /**
     * A live blog of 400 entries (about 450 KB, 70,000 words, 400 distinct dispatch numbers) by 60 authors: more
     * than a reused in-memory index keeps between articles, so the articles after it fill blocks it freed.
     */
    static Article liveBlog() {
        StringBuilder body = new StringBuilder();
        for (int entry = 0; entry < 400; entry++) {
            body.append("Update dispatch").append(entry).append(": ").append(CEASEFIRE_BODY).append('\n');
        }
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            authors.add("Writer" + i + " Staff");
        }
        return article("live-2", "wire-live", "Live: Kremlin weighs truce as talks go on", body.toString(), authors);
    }

    static Article article(String id, String feed, String title, String body, List<String> authors) {
        return new Article(id, feed, id, "https://news.example/" + id, title, body,
                Instant.parse("2025-03-13T14:02:11Z"), authors);
    }
}
