package wirewatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import wirewatch.config.WatchSpec;
import wirewatch.feed.Article;
import wirewatch.match.ArticleMatcher;
import wirewatch.match.CompiledRule;
import wirewatch.match.RuleCompiler;
import wirewatch.match.RuleException;

/**
 * Measures matching speed: generates {@code rules} realistic watch rules and {@code articles} realistic articles
 * of about 2 KB from a seed (see {@link BenchmarkCorpus}), then matches every article against every rule on
 * {@code threads} threads, text analysis and snippets included. {@code wirewatch bench match} prints the result.
 *
 * <p>The run owns a fixed pool of {@code threads} named threads for its duration and shuts it down before
 * returning. It reads only the monotonic {@link System#nanoTime()} clock. Warm-up passes over the first articles
 * run for about a second and a half before timing, so the JIT has compiled the matching path.
 */
public final class MatchBenchmark {
    private static final int WARM_UP_ARTICLES = 2_000;
    private static final long WARM_UP_NANOS = 1_500_000_000L;

    /** What to run: rule and article counts, threads, and the seed of the generated corpus. */
    public record Spec(int rules, int articles, int threads, long seed) {
        public Spec {
            if (rules < 1 || articles < 1 || threads < 1) {
                throw new IllegalArgumentException("rules, articles and threads must be positive, were " + rules
                        + ", " + articles + ", " + threads);
            }
        }

        /** The given counts, on every available processor, with the default seed. */
        public static Spec of(int rules, int articles) {
            return new Spec(rules, articles, Runtime.getRuntime().availableProcessors(), 42L);
        }
    }

    /**
     * What a run measured.
     *
     * @param articleBytes    average article size in chars (title and body)
     * @param matches         matches found over all articles
     * @param seconds         time to match all articles, after warm-up
     * @param articlesPerSecond articles matched per second over all threads
     */
    public record Result(int rules, int articles, int threads, int articleBytes, long matches, double seconds,
                         double articlesPerSecond) {
    }

    private MatchBenchmark() {
    }

    public static Result run(Spec spec) throws InterruptedException {
        BenchmarkCorpus corpus = new BenchmarkCorpus(spec.seed());
        List<CompiledRule> rules = compile(corpus.rules(spec.rules()));
        List<Article> articles = corpus.articles(spec.articles());
        int bytes = (int) articles.stream().mapToInt(a -> a.text().length()).average().orElse(0);
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), named());
        try (ArticleMatcher matcher = new ArticleMatcher(rules)) {
            warmUp(matcher, articles.subList(0, Math.min(articles.size(), WARM_UP_ARTICLES)), pool, spec.threads());
            long start = System.nanoTime();
            long matches = matchAll(matcher, articles, pool, spec.threads());
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(spec.rules(), spec.articles(), spec.threads(), bytes, matches, seconds,
                    spec.articles() / seconds);
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Matches the warm-up articles until {@value #WARM_UP_NANOS} ns have passed: with few rules one pass takes a
     * tenth of a second, before the JIT has compiled the matching path, and the timed run then measured the
     * compiler as much as the matcher.
     */
    private static void warmUp(ArticleMatcher matcher, List<Article> articles, ExecutorService pool, int threads)
            throws InterruptedException {
        long start = System.nanoTime();
        do {
            matchAll(matcher, articles, pool, threads);
        } while (System.nanoTime() - start < WARM_UP_NANOS);
    }

    private static List<CompiledRule> compile(List<String> queries) {
        RuleCompiler compiler = new RuleCompiler();
        List<CompiledRule> rules = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            try {
                rules.add(compiler.compile(WatchSpec.query("rule-" + i, queries.get(i))));
            } catch (RuleException e) {
                throw new IllegalStateException("generated rule does not compile: " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** Matches the articles in one contiguous slice per thread; returns the number of matches. */
    private static long matchAll(ArticleMatcher matcher, List<Article> articles, ExecutorService pool, int threads)
            throws InterruptedException {
        List<Future<Long>> slices = new ArrayList<>(threads);
        int size = (articles.size() + threads - 1) / threads;
        for (int from = 0; from < articles.size(); from += size) {
            List<Article> slice = articles.subList(from, Math.min(articles.size(), from + size));
            slices.add(pool.submit(() -> slice.stream().mapToLong(a -> matcher.match(a).size()).sum()));
        }
        long total = 0;
        for (Future<Long> slice : slices) {
            try {
                total += slice.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("matching failed during the benchmark", e.getCause());
            }
        }
        return total;
    }

    private static java.util.concurrent.ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "match-bench-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
