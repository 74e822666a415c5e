package wirewatch.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import wirewatch.feed.Article;

/**
 * Generates news-like articles and watch rules from a seeded {@link Random}, for {@link MatchBenchmark}: the same
 * seed gives the same corpus.
 *
 * <p>Articles are about 2 KB of wire prose around a few people, places, organisations and topics, with quotes.
 * Rules mix terms, full names as phrases, AND/OR/NOT, proximity, wildcards and common words. Both draw from
 * thousands of names ranked by a Zipf law ({@link BenchmarkVocabulary}), as a newsroom's watches follow many
 * distinct stories: articles favour the head of each list more steeply than rules do, so a typical article
 * matches a handful of 10,000 rules, while the most-covered names still draw many watches.
 */
final class BenchmarkCorpus {
    /** How steeply news coverage falls with a name's rank. */
    private static final double NEWS_EXPONENT = 1.0;
    /** Watches spread further into the tail than coverage does: every desk follows its own beat. */
    private static final double RULE_EXPONENT = 0.4;
    /**
     * Topics are few next to names, and no single one dominates a general news stream: with a steeper law,
     * {@code ceasefire} would sit in most articles.
     */
    private static final double TOPIC_EXPONENT = 0.6;
    private static final String[] VERBS = {"said", "told reporters", "warned", "insisted", "added", "argued",
        "denied", "confirmed", "acknowledged", "suggested", "stressed", "claimed"};
    private static final String[] FILLER = BenchmarkVocabulary.FILLER;
    private static final String[] FIRST = BenchmarkVocabulary.FIRST;

    private final Random random;
    private final BenchmarkVocabulary.Drawn news;
    private final BenchmarkVocabulary.Drawn watched;

    BenchmarkCorpus(long seed) {
        this.random = new Random(seed);
        BenchmarkVocabulary vocabulary = new BenchmarkVocabulary(random);
        this.news = vocabulary.drawn(NEWS_EXPONENT, TOPIC_EXPONENT);
        this.watched = vocabulary.drawn(RULE_EXPONENT, TOPIC_EXPONENT);
    }

    /** Distinct rules: two watches with the same query would only double every match. */
    List<String> rules(int count) {
        Set<String> rules = new LinkedHashSet<>();
        while (rules.size() < count) {
            rules.add(rule());
        }
        return List.copyOf(rules);
    }

    List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    /**
     * A watch names at least one person, place or organisation: a bare topic word ({@code talks}) would match a
     * large share of all news, which no desk watches for.
     */
    private String rule() {
        switch (random.nextInt(9)) {
            case 0:
                return entity() + " AND " + entity();
            case 1:
                return entity() + " AND (" + topic() + " OR " + topic() + ")";
            case 2:
                return "\"" + fullName(watched.surnames().draw(random)) + "\"";
            case 3:
                return entity() + " AND " + topic() + " NOT " + topic();
            case 4:
                return "\"" + watched.surnames().draw(random) + " " + topic() + "\"~10";
            case 5:
                return wildcard(topic()) + " AND " + watched.places().draw(random);
            case 6:
                return "title:" + entity() + " OR (" + entity() + " AND " + topic() + ")";
            case 7:
                return "+" + watched.surnames().draw(random) + " +" + topic() + " -" + watched.places().draw(random);
            default:
                return entity() + " AND (" + topic() + " OR " + pick(FILLER) + ")";
        }
    }

    private String entity() {
        switch (random.nextInt(3)) {
            case 0:
                return watched.surnames().draw(random);
            case 1:
                return watched.places().draw(random);
            default:
                return watched.orgs().draw(random);
        }
    }

    private String topic() {
        return watched.topics().draw(random);
    }

    private static String wildcard(String word) {
        return word.substring(0, Math.min(word.length(), 5)) + "*";
    }

    /** A person keeps one first name across articles and rules, as a real one does. */
    private static String fullName(String surname) {
        return FIRST[Math.floorMod(surname.hashCode(), FIRST.length)] + " " + surname;
    }

    private Article article(int n) {
        Story story = new Story(
                new String[] {news.surnames().draw(random), news.surnames().draw(random), news.surnames().draw(random)},
                new String[] {news.places().draw(random), news.places().draw(random)},
                new String[] {news.topics().draw(random), news.topics().draw(random), news.topics().draw(random),
                    news.topics().draw(random), news.topics().draw(random)},
                news.orgs().draw(random));
        StringBuilder body = new StringBuilder(2300);
        body.append(story.places[0].toUpperCase(Locale.ROOT)).append(" - ");
        while (body.length() < 2000) {
            body.append(sentence(story)).append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        String title = capitalise(pick(story.topics)) + " " + pick(FILLER) + " as " + pick(story.people) + " visits "
                + pick(story.places);
        return new Article("bench-" + n, "bench-feed-" + (n % 20), "bench-" + n, "https://bench.example/" + n,
                title, body.toString(), Instant.EPOCH, List.of(fullName(news.surnames().draw(random))));
    }

    private String sentence(Story s) {
        switch (random.nextInt(5)) {
            case 0:
                return "\"The " + pick(s.topics) + " is not a " + pick(FILLER) + " we can ignore, and the "
                        + pick(FILLER) + " in " + pick(s.places) + " knows it,\" " + fullName(pick(s.people)) + " "
                        + pick(VERBS) + ".";
            case 1:
                return "The " + s.org + " " + pick(VERBS) + " on " + pick(FILLER) + " that " + pick(s.topics)
                        + " with " + pick(s.places) + " would depend on " + pick(s.topics) + " and "
                        + pick(FILLER) + ".";
            case 2:
                return capitalise(pick(FILLER)) + " in " + pick(s.places) + " " + pick(VERBS) + " the "
                        + pick(s.topics) + " had stalled after " + (2 + random.nextInt(20)) + " " + pick(FILLER)
                        + " of " + pick(s.topics) + ", according to " + pick(FILLER) + " familiar with the matter.";
            case 3:
                return pick(s.people) + " " + pick(VERBS) + " the " + pick(FILLER) + " would press ahead with "
                        + pick(s.topics) + " despite " + pick(s.topics) + " from " + pick(FILLER) + ".";
            default:
                return "\"We want " + pick(s.topics) + ", not " + pick(s.topics) + ",\" " + pick(s.people) + " "
                        + pick(VERBS) + " in " + pick(s.places) + ", calling the " + pick(s.topics) + " a "
                        + pick(FILLER) + " for " + pick(FILLER) + ".";
        }
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Whom and what one article is about. */
    private record Story(String[] people, String[] places, String[] topics, String org) {
    }
}
