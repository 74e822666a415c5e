package wirewatch.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import wirewatch.feed.Article;

/**
 * Generates news-like articles and watch rules from a seeded {@link Random}, for {@link MatchBenchmark}: the same
 * seed gives the same corpus. Articles are about 2 KB of wire prose built around a few people, places and
 * organisations, with quotes; rules mix terms, names as phrases, AND/OR/NOT, proximity and wildcards.
 */
final class BenchmarkCorpus {
    private static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dmitry", "Elena", "Fatima", "Georg", "Hana",
        "Ivan", "Jana", "Karim", "Lena", "Marco", "Nadia", "Olaf", "Pavel", "Rosa", "Sergei", "Tomas", "Ursula",
        "Viktor", "Wen", "Yusuf", "Zofia", "Ahmed", "Keir", "Emmanuel", "Olena", "Recep", "Giorgia"};
    private static final String[] SURNAMES = {"Peskov", "Lavrov", "Witkoff", "Rubio", "Zelensky", "Sybiha", "Kallas",
        "Macron", "Starmer", "Merz", "Meloni", "Erdogan", "Tusk", "Orban", "Fico", "Sanchez", "Costa", "Rutte",
        "Borrell", "Yermak", "Umerov", "Shoigu", "Belousov", "Nebenzya", "Guterres", "Grossi", "Lammy", "Barrot",
        "Wadephul", "Sikorski", "Tsahkna", "Nauseda", "Stubb", "Frederiksen", "Kristersson", "Store", "Schoof",
        "DeWever", "Plenkovic", "Vucic", "Kurti", "Rama", "Mitsotakis", "Christodoulides", "Fiala", "Pellegrini",
        "Nawrocki", "Trzaskowski", "Simion", "Dan", "Radev", "Zelenska", "Kuleba", "Shmyhal", "Svyrydenko",
        "Budanov", "Syrskyi", "Gerasimov", "Medvedev", "Kadyrov", "Lukashenko", "Tikhanovskaya", "Navalnaya",
        "Pashinyan", "Aliyev", "Kobakhidze", "Sandu", "Recean", "Netanyahu", "Herzog", "Sinwar", "Haniyeh", "Abbas",
        "Mustafa", "Safadi", "Araghchi", "Pezeshkian", "Khamenei", "Sharaa", "Shaibani", "Aoun", "Salam", "Sisi",
        "Abdelatty", "Thani", "Faisal", "Modi", "Jaishankar", "Sharif", "Dar", "Xi", "Wang", "Ishiba", "Iwaya",
        "Lee", "Kim", "Albanese", "Wong", "Carney", "Joly", "Sheinbaum", "Lula", "Milei", "Petro", "Boric",
        "Ramaphosa", "Ruto", "Tinubu", "Abiy", "Burhan", "Dagalo", "Tshisekedi", "Kagame", "Museveni", "Bessent",
        "Lutnick", "Greer", "Vance", "Hegseth", "Waltz", "Gabbard", "Ratcliffe", "Patel", "Noem", "Leavitt",
        "Sefcovic", "Lagarde", "Georgieva", "Banga", "Powell", "Bailey", "Ueda", "Schnabel", "Nagel", "Villeroy"};
    private static final String[] PLACES = {"Kyiv", "Moscow", "Washington", "Brussels", "Paris", "Berlin", "London",
        "Warsaw", "Ankara", "Istanbul", "Riyadh", "Jeddah", "Doha", "Cairo", "Gaza", "Jerusalem", "Tehran",
        "Damascus", "Beirut", "Baghdad", "Kharkiv", "Odesa", "Zaporizhzhia", "Donetsk", "Kherson", "Crimea",
        "Kursk", "Belgorod", "Minsk", "Tbilisi", "Yerevan", "Baku", "Chisinau", "Bucharest", "Budapest",
        "Bratislava", "Prague", "Vienna", "Geneva", "Rome", "Madrid", "Lisbon", "Helsinki", "Stockholm", "Oslo",
        "Tallinn", "Riga", "Vilnius", "Beijing", "Tokyo", "Seoul", "Pyongyang", "Delhi", "Islamabad", "Kabul",
        "Khartoum", "Nairobi", "Abuja", "Kinshasa", "Goma", "Ottawa", "Mexico", "Brasilia", "Caracas", "Havana"};
    private static final String[] ORGS = {"Kremlin", "Pentagon", "NATO", "IAEA", "OSCE", "UNICEF", "Hamas",
        "Hezbollah", "Wagner", "Gazprom", "Rosneft", "Naftogaz", "Energoatom", "Eurostat", "Bundesbank", "ECB",
        "IMF", "OPEC", "WTO", "Interpol", "Europol", "Frontex", "Eurojust", "Reuters", "Bloomberg", "Commission",
        "Parliament", "Bundestag", "Sejm", "Duma", "Knesset", "Congress", "Senate", "Treasury", "Politburo"};
    private static final String[] TOPICS = {"ceasefire", "truce", "sanctions", "tariffs", "negotiations",
        "talks", "summit", "election", "referendum", "coalition", "budget", "inflation", "interest", "rates",
        "refugees", "prisoners", "exchange", "drones", "missiles", "artillery", "offensive", "frontline",
        "reconstruction", "grain", "corridor", "pipeline", "gas", "oil", "nuclear", "reactor", "inspectors",
        "humanitarian", "aid", "convoy", "hostages", "airstrike", "shelling", "blackout", "infrastructure",
        "minerals", "deal", "memorandum", "guarantees", "peacekeepers", "monitoring", "mission", "border",
        "troops", "mobilisation", "conscription", "corruption", "protest", "strike", "verdict", "indictment",
        "extradition", "asylum", "migration", "deficit", "bonds", "currency", "exports", "steel", "aluminium",
        "semiconductors", "subsidies", "quota", "embargo", "blockade", "shipping", "tanker", "port", "airport",
        "railway", "bridge", "dam", "earthquake", "floods", "wildfire", "drought", "harvest", "famine",
        "vaccine", "outbreak", "cholera", "ballot", "turnout", "runoff", "incumbent", "opposition", "veto",
        "amendment", "constitution", "impeachment", "resignation", "cabinet", "reshuffle", "envoy", "delegation"};
    private static final String[] VERBS = {"said", "told reporters", "warned", "insisted", "added", "argued",
        "denied", "confirmed", "acknowledged", "suggested", "stressed", "claimed"};
    private static final String[] FILLER = {"the", "government", "officials", "week", "Thursday", "Friday",
        "statement", "country", "people", "military", "minister", "president", "spokesman", "agency", "plan",
        "proposal", "region", "forces", "side", "question", "meeting", "report", "sources", "days", "months",
        "years", "issue", "decision", "process", "position", "support", "pressure", "security", "economy",
        "market", "investors", "prices", "analysts", "diplomats", "leaders", "allies", "partners", "capital"};

    private final Random random;

    BenchmarkCorpus(long seed) {
        this.random = new Random(seed);
    }

    List<String> rules(int count) {
        List<String> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(rule());
        }
        return rules;
    }

    List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    private String rule() {
        switch (random.nextInt(8)) {
            case 0:
                return key() + " AND " + key();
            case 1:
                return key() + " AND (" + key() + " OR " + key() + ")";
            case 2:
                return "\"" + pick(FIRST) + " " + pick(SURNAMES) + "\"";
            case 3:
                return key() + " AND " + key() + " NOT " + pick(TOPICS);
            case 4:
                return "\"" + pick(SURNAMES) + " " + pick(TOPICS) + "\"~10";
            case 5:
                return wildcard(pick(TOPICS)) + " AND " + pick(PLACES);
            case 6:
                return "title:" + key() + " OR (" + key() + " AND " + key() + ")";
            default:
                return "+" + pick(SURNAMES) + " +" + pick(TOPICS) + " -" + pick(PLACES);
        }
    }

    private String key() {
        switch (random.nextInt(4)) {
            case 0:
                return pick(SURNAMES);
            case 1:
                return pick(PLACES);
            case 2:
                return pick(ORGS);
            default:
                return pick(TOPICS);
        }
    }

    private String wildcard(String word) {
        return word.substring(0, Math.min(word.length(), 5)) + "*";
    }

    private Article article(int n) {
        String[] people = {pick(FIRST) + " " + pick(SURNAMES), pick(FIRST) + " " + pick(SURNAMES),
            pick(FIRST) + " " + pick(SURNAMES)};
        String[] places = {pick(PLACES), pick(PLACES)};
        String[] topics = {pick(TOPICS), pick(TOPICS), pick(TOPICS), pick(TOPICS), pick(TOPICS)};
        String org = pick(ORGS);
        StringBuilder body = new StringBuilder(2300);
        body.append(places[0].toUpperCase(java.util.Locale.ROOT)).append(" - ");
        while (body.length() < 2000) {
            body.append(sentence(people, places, topics, org)).append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        String title = capitalise(pick(topics)) + " " + pick(FILLER) + " as " + pick(people) + " visits "
                + pick(places);
        return new Article("bench-" + n, "bench-feed-" + (n % 20), "bench-" + n, "https://bench.example/" + n,
                title, body.toString(), Instant.EPOCH, List.of(pick(FIRST) + " " + pick(SURNAMES)));
    }

    private String sentence(String[] people, String[] places, String[] topics, String org) {
        switch (random.nextInt(5)) {
            case 0:
                return "\"The " + pick(topics) + " is not a " + pick(FILLER) + " we can ignore, and the "
                        + pick(FILLER) + " in " + pick(places) + " knows it,\" " + pick(people) + " "
                        + pick(VERBS) + ".";
            case 1:
                return "The " + org + " " + pick(VERBS) + " on " + pick(FILLER) + " that " + pick(topics)
                        + " with " + pick(places) + " would depend on " + pick(topics) + " and " + pick(FILLER)
                        + ".";
            case 2:
                return capitalise(pick(FILLER)) + " in " + pick(places) + " " + pick(VERBS) + " the "
                        + pick(topics) + " had stalled after " + (2 + random.nextInt(20)) + " " + pick(FILLER)
                        + " of " + pick(topics) + ", according to " + pick(FILLER) + " familiar with the matter.";
            case 3:
                return pick(people) + " " + pick(VERBS) + " the " + pick(FILLER) + " would press ahead with "
                        + pick(topics) + " despite " + pick(topics) + " from " + pick(FILLER) + ".";
            default:
                return "\"We want " + pick(topics) + ", not " + pick(topics) + ",\" " + pick(people) + " "
                        + pick(VERBS) + " in " + pick(places) + ", calling the " + pick(topics) + " a "
                        + pick(FILLER) + " for " + pick(FILLER) + ".";
        }
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
