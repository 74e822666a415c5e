package wirewatch.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The names and topics of {@link BenchmarkCorpus}, each list ranked from most to least often in the news. A
 * newsroom with thousands of watches follows thousands of people, places and organisations, so the few real names
 * at the head of each list are followed by a long tail of made-up but pronounceable ones ({@code Dravinenko},
 * {@code Solvaburg}); topics are real English words. Immutable once built; the same seed builds the same lists.
 */
final class BenchmarkVocabulary {
    static final int SURNAME_COUNT = 4_000;
    static final int PLACE_COUNT = 2_000;
    static final int ORG_COUNT = 800;

    static final String[] FIRST = {"Anna", "Boris", "Carlos", "Dmitry", "Elena", "Fatima", "Georg", "Hana",
        "Ivan", "Jana", "Karim", "Lena", "Marco", "Nadia", "Olaf", "Pavel", "Rosa", "Sergei", "Tomas", "Ursula",
        "Viktor", "Wen", "Yusuf", "Zofia", "Ahmed", "Keir", "Emmanuel", "Olena", "Recep", "Giorgia", "Maria",
        "John", "David", "Sarah", "Ali", "Mohammed", "Li", "Hiroshi", "Priya", "Ana", "Jorge", "Ines", "Kofi",
        "Amina", "Lars", "Ingrid", "Piotr", "Katarzyna", "Mehmet", "Leila", "Rahul", "Mei", "Oksana", "Taras"};
    private static final String[] SURNAMES = {"Peskov", "Lavrov", "Witkoff", "Rubio", "Zelensky", "Sybiha",
        "Kallas", "Macron", "Starmer", "Merz", "Meloni", "Erdogan", "Tusk", "Orban", "Fico", "Sanchez", "Costa",
        "Rutte", "Yermak", "Umerov", "Shoigu", "Belousov", "Nebenzya", "Guterres", "Grossi", "Lammy", "Barrot",
        "Sikorski", "Stubb", "Frederiksen", "Medvedev", "Lukashenko", "Netanyahu", "Araghchi", "Modi", "Xi",
        "Ishiba", "Albanese", "Carney", "Sheinbaum", "Lula", "Milei", "Ramaphosa", "Ruto", "Vance", "Hegseth",
        "Bessent", "Lagarde", "Georgieva", "Powell"};
    private static final String[] PLACES = {"Kyiv", "Moscow", "Washington", "Brussels", "Paris", "Berlin", "London",
        "Warsaw", "Ankara", "Istanbul", "Riyadh", "Doha", "Cairo", "Gaza", "Jerusalem", "Tehran", "Damascus",
        "Beirut", "Baghdad", "Kharkiv", "Odesa", "Zaporizhzhia", "Donetsk", "Kherson", "Crimea", "Kursk", "Minsk",
        "Tbilisi", "Yerevan", "Baku", "Geneva", "Rome", "Madrid", "Beijing", "Tokyo", "Seoul", "Delhi", "Kabul",
        "Khartoum", "Nairobi", "Ottawa", "Brasilia", "Caracas"};
    private static final String[] ORGS = {"Kremlin", "Pentagon", "NATO", "IAEA", "OSCE", "UNICEF", "Hamas",
        "Hezbollah", "Gazprom", "Naftogaz", "Energoatom", "ECB", "IMF", "OPEC", "WTO", "Interpol", "Europol",
        "Frontex", "Commission", "Parliament", "Bundestag", "Duma", "Knesset", "Congress", "Senate", "Treasury"};
    static final String[] TOPICS = {"ceasefire", "talks", "sanctions", "tariffs", "election", "negotiations",
        "summit", "deal", "aid", "drones", "missiles", "troops", "budget", "inflation", "protest", "strike",
        "truce", "coalition", "refugees", "prisoners", "exchange", "offensive", "frontline", "gas", "oil",
        "nuclear", "border", "corruption", "interest", "rates", "referendum", "artillery", "reconstruction",
        "grain", "corridor", "pipeline", "reactor", "inspectors", "humanitarian", "convoy", "hostages",
        "airstrike", "shelling", "blackout", "infrastructure", "minerals", "memorandum", "guarantees",
        "peacekeepers", "monitoring", "mission", "mobilisation", "conscription", "verdict", "indictment",
        "extradition", "asylum", "migration", "deficit", "bonds", "currency", "exports", "steel", "aluminium",
        "semiconductors", "subsidies", "quota", "embargo", "blockade", "shipping", "tanker", "port", "airport",
        "railway", "bridge", "dam", "earthquake", "floods", "wildfire", "drought", "harvest", "famine", "vaccine",
        "outbreak", "cholera", "ballot", "turnout", "runoff", "incumbent", "opposition", "veto", "amendment",
        "constitution", "impeachment", "resignation", "cabinet", "reshuffle", "envoy", "delegation", "pension",
        "wages", "unemployment", "recession", "growth", "mortgage", "housing", "rents", "fuel", "electricity",
        "grid", "satellite", "cyberattack", "espionage", "spy", "defector", "sabotage", "arson", "bombing",
        "hijacking", "kidnapping", "ransom", "smuggling", "trafficking", "cartel", "militia", "insurgents",
        "jihadists", "coup", "junta", "curfew", "martial", "amnesty", "pardon", "parole", "trial", "appeal",
        "lawsuit", "antitrust", "merger", "takeover", "bankruptcy", "default", "bailout", "privatisation",
        "nationalisation", "royalties", "lithium", "cobalt", "uranium", "wheat", "fertiliser", "fisheries",
        "whaling", "deforestation", "emissions", "climate", "glacier", "heatwave", "typhoon", "cyclone",
        "landslide", "evacuation", "rescue", "casualties", "morgue", "hospital", "doctors", "nurses", "teachers",
        "students", "tuition", "scholarship", "censorship", "journalists", "blogger", "broadcaster", "licence",
        "spectrum", "telecoms", "chips", "export", "controls", "visa", "passport", "deportation", "detention",
        "torture", "genocide", "tribunal", "warrant", "immunity", "embassy", "consulate", "ambassador"};
    static final String[] FILLER = {"the", "government", "officials", "week", "Thursday", "Friday",
        "statement", "country", "people", "military", "minister", "president", "spokesman", "agency", "plan",
        "proposal", "region", "forces", "side", "question", "meeting", "report", "sources", "days", "months",
        "years", "issue", "decision", "process", "position", "support", "pressure", "security", "economy",
        "market", "investors", "prices", "analysts", "diplomats", "leaders", "allies", "partners", "capital"};

    private static final String[] ONSETS = {"b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
        "dr", "kr", "gr", "st", "sh", "ch", "kh", "tr", "pl", "sv", "h", "j", "f", "g"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ia", "ei", "ou", "y"};
    private static final String[] SURNAME_ENDINGS = {"enko", "ov", "ova", "ski", "ska", "escu", "ides", "sson",
        "berg", "mann", "ez", "ian", "oglu", "aki", "elli", "ovic", "sen", "stein", "ani", "ard"};
    private static final String[] PLACE_ENDINGS = {"grad", "ovo", "ville", "burg", "abad", "pol", "sk", "port",
        "stan", "ford", "heim", "dorf", "ica", "ara", "ton", "vik", "mouth"};
    private static final String[] ORG_ENDINGS = {"corp", "tek", "gaz", "bank", "trans", "com", "energo", "media"};

    final List<String> surnames;
    final List<String> places;
    final List<String> orgs;

    BenchmarkVocabulary(Random random) {
        this.surnames = extend(SURNAMES, SURNAME_COUNT, SURNAME_ENDINGS, random);
        this.places = extend(PLACES, PLACE_COUNT, PLACE_ENDINGS, random);
        this.orgs = extend(ORGS, ORG_COUNT, ORG_ENDINGS, random);
    }

    /** The lists with frequencies falling with rank by {@code names} for names, {@code topics} for topics. */
    Drawn drawn(double names, double topics) {
        return new Drawn(new Zipf(surnames, names), new Zipf(places, names), new Zipf(orgs, names),
                new Zipf(List.of(TOPICS), topics));
    }

    /** Each list with its frequencies. */
    record Drawn(Zipf surnames, Zipf places, Zipf orgs, Zipf topics) {
    }

    /** The real names first, then made-up ones of two or three syllables and an ending, until {@code count}. */
    private static List<String> extend(String[] real, int count, String[] endings, Random random) {
        Set<String> words = new LinkedHashSet<>(List.of(real));
        while (words.size() < count) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                word.append(pick(ONSETS, random)).append(pick(VOWELS, random));
            }
            word.append(pick(endings, random));
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(words);
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
