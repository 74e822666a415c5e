package wirewatch.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import wirewatch.feed.Article;

/**
 * The order articles are analysed and recorded in: the order they were published, oldest first, whatever order the
 * feeds list them in (most list the newest first). An article's first rendering of a remark is then the new position
 * and later ones its variants, and a full name an earlier article gives is known when a later one uses the surname.
 * An undated article counts as published when it is recorded, as its statements' times do ({@link
 * Recorder#sortTime}): it follows the dated ones, and undated ones keep their feed order among themselves. The sort
 * is stable, so articles published at the same instant keep their order too.
 */
final class PublicationOrder {
    private PublicationOrder() {
    }

    static List<Article> oldestFirst(List<Article> articles, Instant now) {
        return oldestFirst(articles, Function.identity(), now);
    }

    static <T> List<T> oldestFirst(List<T> items, Function<T, Article> article, Instant now) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> Recorder.sortTime(article.apply(item), now)));
        return sorted;
    }
}
